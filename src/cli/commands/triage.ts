/**
 * `crampwise triage`: the triage engine on the command line. Findings come from repeatable
 * --finding flags or from a JSON body of the HTTP shape on stdin. Bad input exits with 2 and
 * names the field, exactly as the API would answer 400.
 */

import type { Command } from 'commander';
import {
  emergencyNumberFor,
  FINDINGS,
  isSupportedRegion,
  parseTriageInput,
  type TriageInputError,
  type TriageResult,
  triage,
} from '../../core/triage/index.js';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export interface RunTriageArgs {
  readonly findings: readonly string[];
  readonly week?: string | undefined;
  /** Weeks since the birth (0–12), instead of --week after the baby is born. */
  readonly postpartumWeeks?: string | undefined;
  readonly bp?: string | undefined;
  readonly region?: string | undefined;
  readonly json: boolean;
  /** The raw stdin text when a JSON body was read; flags are applied on top of it. */
  readonly stdinJson?: string | undefined;
}

export interface RunTriageOutput {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

type Built = { ok: true; raw: unknown } | { ok: false; error: TriageInputError };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function inputError(field: string, message: string): Built {
  return {
    ok: false,
    error: { code: 'invalid_input', message: `${field}: ${message}`, fields: { [field]: message } },
  };
}

function parseBloodPressure(text: string): { systolic: number; diastolic: number } | undefined {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  return match ? { systolic: Number(match[1]), diastolic: Number(match[2]) } : undefined;
}

/** Combine the stdin body and the flags into one raw request, for parseTriageInput to judge. */
function buildRaw(args: RunTriageArgs): Built {
  let body: unknown = {};
  if (args.stdinJson !== undefined && args.stdinJson.trim() !== '') {
    try {
      body = JSON.parse(args.stdinJson);
    } catch (error) {
      return inputError('body', `is not valid JSON (${(error as Error).message})`);
    }
  }
  const flagNames = args.findings.flatMap((value) => value.split(',')).map((name) => name.trim());
  const hasFlags =
    flagNames.length > 0 ||
    args.week !== undefined ||
    args.bp !== undefined ||
    args.postpartumWeeks !== undefined;
  // A non-object body cannot take flags; hand it over unchanged so the parser names the problem.
  if (!hasFlags || !isPlainObject(body)) return { ok: true, raw: body };

  // Entries and fromEntries throughout, so a name such as '__proto__' stays an ordinary key.
  const entries = Object.entries(body);
  if (flagNames.length > 0) {
    const fromBody = body.findings;
    if (fromBody !== undefined && !isPlainObject(fromBody)) return { ok: true, raw: body };
    const findings = Object.fromEntries([
      ...Object.entries(fromBody ?? {}),
      ...flagNames.filter((name) => name !== '').map((name) => [name, true] as const),
    ]);
    entries.push(['findings', findings]);
  }
  // Numbers go through as numbers; anything else as text, which the schema refuses with its own message.
  const numberOrText = (text: string) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text.trim());
  if (args.week !== undefined) entries.push(['gestationalWeek', numberOrText(args.week)]);
  if (args.postpartumWeeks !== undefined)
    entries.push(['postpartumWeeks', numberOrText(args.postpartumWeeks)]);
  if (args.bp !== undefined) {
    const bloodPressure = parseBloodPressure(args.bp);
    if (bloodPressure === undefined) {
      return inputError('bloodPressure', `'${args.bp}' should look like 120/80 (systolic/diastolic)`);
    }
    entries.push(['bloodPressure', bloodPressure]);
  }
  return { ok: true, raw: Object.fromEntries(entries) };
}

function formatError(error: TriageInputError): string {
  const lines = ['Invalid triage input:'];
  for (const [field, message] of Object.entries(error.fields)) lines.push(`  ${field}: ${message}`);
  if (Object.keys(error.fields).some((field) => field.startsWith('findings.'))) {
    lines.push('Run `crampwise triage --list-findings` to see every accepted finding name.');
  }
  return `${lines.join('\n')}\n`;
}

function formatResult(result: TriageResult): string {
  const lines = [result.level.toUpperCase(), result.action, ''];
  if (result.reasons.length > 0) {
    lines.push('Why:');
    result.reasons.forEach((reason, index) => {
      lines.push(`  ${index + 1}. [${reason.level}] ${reason.explanation}`);
      lines.push(`     Rule: ${reason.rule}`);
      if (reason.findings.length > 0) lines.push(`     Findings: ${reason.findings.join(', ')}`);
      lines.push(`     Sources: ${reason.sources.join(', ')}`);
    });
    lines.push('');
  }
  if (result.selfCare.length > 0) {
    lines.push('Self-care (knowledge ids):');
    for (const id of result.selfCare) lines.push(`  - ${id}`);
    lines.push('');
  }
  lines.push('Watch for:');
  for (const line of result.watchFor) lines.push(`  - ${line}`);
  lines.push('');
  const contact = result.emergencyNumber;
  lines.push(`Emergency number: ${contact.number} (${contact.label})`);
  lines.push(
    'This is not a diagnosis. If you are worried, contact your midwife or doctor whatever this says.',
  );
  return `${lines.join('\n')}\n`;
}

/** Every accepted finding name with its question, grouped as in the spec. */
export function listFindings(): string {
  const lines: string[] = [];
  let group = '';
  for (const finding of FINDINGS) {
    if (finding.group !== group) {
      group = finding.group;
      lines.push(`${lines.length > 0 ? '\n' : ''}${group}:`);
    }
    lines.push(`  ${finding.name.padEnd(28)} ${finding.question}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Run one triage from command-line arguments; no I/O, so tests call it directly.
 * @example runTriage({ findings: ['one_leg_swollen'], week: '30', region: 'GB', json: false })
 */
export function runTriage(args: RunTriageArgs): RunTriageOutput {
  const built = buildRaw(args);
  const parsed = built.ok ? parseTriageInput(built.raw) : built;
  if (!parsed.ok) {
    return args.json
      ? {
          exitCode: EXIT_BAD_INPUT,
          stdout: `${JSON.stringify({ error: parsed.error }, null, 2)}\n`,
          stderr: '',
        }
      : { exitCode: EXIT_BAD_INPUT, stdout: '', stderr: formatError(parsed.error) };
  }
  const result = triage(parsed.value, { region: args.region });
  const stderr =
    args.region !== undefined && !isSupportedRegion(args.region)
      ? `Unknown region '${args.region}'; using ${emergencyNumberFor(undefined).number}. ` +
        'Pass an ISO country code such as GB, US or JP.\n'
      : '';
  const stdout = args.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result);
  return { exitCode: EXIT_OK, stdout, stderr };
}

/** The process around runTriage, replaceable in tests. */
export interface TriageCommandIo {
  readonly stdinIsTTY: boolean;
  readStdin(): Promise<string>;
  writeOut(text: string): void;
  writeErr(text: string): void;
  setExitCode(code: number): void;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const processIo: TriageCommandIo = {
  stdinIsTTY: process.stdin.isTTY === true,
  readStdin: () => readAll(process.stdin),
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

interface TriageFlags {
  finding: string[];
  week?: string;
  postpartumWeeks?: string;
  bp?: string;
  region?: string;
  json?: boolean;
  stdin?: boolean;
  listFindings?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerTriageCommand(program: Command, io: TriageCommandIo = processIo): void {
  program
    .command('triage')
    .description(
      'Say how urgent a leg cramp or leg pain in pregnancy is, with the reasons and their sources.',
    )
    .option('--finding <name>', 'a finding that is present (repeatable, or comma-separated)', collect, [])
    .option('--week <n>', 'weeks of pregnancy (0-45)')
    .option(
      '--postpartum-weeks <n>',
      'after the birth: weeks since the baby was born (0-12), instead of --week',
    )
    .option('--bp <sys/dia>', 'a home blood pressure reading, e.g. 135/85')
    .option('--region <code>', 'ISO country code for the emergency number, e.g. GB, US, JP')
    .option('--json', 'print the result as JSON (the HTTP response shape)')
    .option('--stdin', 'read a JSON body of the HTTP request shape from stdin')
    .option('--list-findings', 'list every accepted finding name and exit')
    .action(async (flags: TriageFlags) => {
      if (flags.listFindings) {
        io.writeOut(listFindings());
        return;
      }
      // Piped input with no findings on the command line is a JSON body (e.g. `cat req.json | crampwise triage`).
      const fromStdin = flags.stdin === true || (!io.stdinIsTTY && flags.finding.length === 0);
      const output = runTriage({
        findings: flags.finding,
        week: flags.week,
        postpartumWeeks: flags.postpartumWeeks,
        bp: flags.bp,
        region: flags.region,
        json: flags.json === true,
        stdinJson: fromStdin ? await io.readStdin() : undefined,
      });
      if (output.stdout !== '') io.writeOut(output.stdout);
      if (output.stderr !== '') io.writeErr(output.stderr);
      io.setExitCode(output.exitCode);
    });
}
