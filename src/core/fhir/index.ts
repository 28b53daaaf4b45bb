/** Public API of the FHIR R4 export: the Bundle builder, its codes and its stable ids. */
export { buildFhirBundle } from './bundle.js';
export * from './codes.js';
export { crampwiseCodeSystems, DEFINITIONS_UPDATED, triageQuestionnaire } from './definitions.js';
export { resourceId, stableUuid } from './ids.js';
export { ENGLISH_FHIR_WORDS, type FhirWords, type Narratives, narrativeOf } from './words.js';
