// The triage command: human and JSON output, exit code 2 with a named field for bad input,
// stdin bodies, and the commander wiring.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  listFindings,
  registerTriageCommand,
  runTriage,
  type TriageCommandIo,
} from './triage.js';

const run = (args: Partial<Parameters<typeof runTriage>[0]>) =>
  runTriage({ findings: [], json: false, ...args });

describe('runTriage', () => {
  it('prints the level in capitals, the action, numbered reasons with sources, self-care and watch-for', () => {
    const out = run({ findings: ['one_leg_swollen'], week: '30', region: 'GB' });
    expect(out.exitCode).toBe(EXIT_OK);
    expect(out.stderr).toBe('');
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('URGENT');
    // v2 wording: a possible clot is "seen today" (maternity-unit-now is for obstetric signs).
    expect(lines[1]).toMatch(/^Contact your midwife, doctor or maternity unit now/);
    expect(out.stdout).toMatch(/ {2}1\. \[urgent\] One leg more swollen/);
    expect(out.stdout).toContain('Rule: dvt-one-leg-swollen');
    expect(out.stdout).toContain('Sources: webmd, fuji, nhs-dvt, rcog-gtg37');
    expect(out.stdout).toContain('  - redflag.leg-swelling');
    expect(out.stdout).toContain('Do not massage a leg that may have a clot');
    expect(out.stdout).toContain('Emergency number: 999 (United Kingdom)');
  });

  it('prints the HTTP response shape with --json', () => {
    const out = run({ findings: ['seizure'], region: 'US', json: true });
    const body = JSON.parse(out.stdout);
    expect(body).toMatchObject({ level: 'emergency', emergencyNumber: { number: '911' }, selfCare: [] });
    expect(body.action).toMatch(/^Call 911 now/);
    expect(body.reasons[0]).toMatchObject({
      rule: 'eclampsia-seizure',
      findings: ['seizure'],
      sources: ['nice-ng133'],
    });
  });

  it('takes --postpartum-weeks after the birth and sends obstetric urgent signs to the maternity unit', () => {
    const out = run({ findings: ['severe_headache'], postpartumWeeks: '3', region: 'GB', json: true });
    expect(out.exitCode).toBe(EXIT_OK);
    expect(JSON.parse(out.stdout)).toMatchObject({ level: 'urgent', actionId: 'maternity-unit-now' });
    const human = run({ findings: ['one_leg_pain'], postpartumWeeks: '1', region: 'GB' });
    expect(human.stdout.split('\n')[0]).toBe('URGENT');
    expect(human.stdout).toContain('Rule: one-leg-pain');
    expect(human.stdout).not.toContain('  - relief.massage');
  });

  it('refuses --postpartum-weeks with --week, out of 0-12, or with a finding that needs the baby inside', () => {
    const both = run({ week: '30', postpartumWeeks: '2' });
    expect(both.exitCode).toBe(EXIT_BAD_INPUT);
    expect(both.stderr).toMatch(/postpartumWeeks: .*gestationalWeek/);
    const outOfRange = run({ postpartumWeeks: '14' });
    expect(outOfRange.exitCode).toBe(EXIT_BAD_INPUT);
    expect(outOfRange.stderr).toMatch(/postpartumWeeks: must be a whole number from 0 to 12/);
    const baby = run({ findings: ['reduced_fetal_movement'], postpartumWeeks: '2' });
    expect(baby.exitCode).toBe(EXIT_BAD_INPUT);
    expect(baby.stderr).toMatch(/findings\.reduced_fetal_movement: needs the baby still inside/);
  });

  it('answers self-care when nothing is found', () => {
    const out = run({});
    expect(out.exitCode).toBe(EXIT_OK);
    expect(out.stdout.split('\n')[0]).toBe('SELF-CARE');
    expect(out.stdout).toContain('relief.calf-stretch');
  });

  it('accepts repeated and comma-separated findings and a blood pressure', () => {
    const out = run({
      findings: ['frequent_cramps,cramps_disturb_sleep', 'headache'],
      week: '32',
      bp: '165/100',
      json: true,
    });
    const body = JSON.parse(out.stdout);
    expect(body.level).toBe('urgent');
    expect(body.reasons.map((r: { rule: string }) => r.rule)).toEqual(
      // v2: 'frequent-cramps-disturbing-sleep' (soon) is gone; poor sleep with frequent cramps is routine.
      expect.arrayContaining([
        'severe-blood-pressure',
        'frequent-cramps',
        'cramps-disturb-sleep',
        'headache',
      ]),
    );
  });

  it('refuses a misspelt finding with exit code 2, naming it and suggesting the right one', () => {
    const out = run({ findings: ['one_leg_swolen'] });
    expect(out.exitCode).toBe(EXIT_BAD_INPUT);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(
      "findings.one_leg_swolen: Unknown finding 'one_leg_swolen'. Did you mean 'one_leg_swollen'?",
    );
    expect(out.stderr).toContain('--list-findings');
  });

  it('puts the error body on stdout with --json', () => {
    const out = run({ findings: ['chest_pian'], json: true });
    expect(out.exitCode).toBe(EXIT_BAD_INPUT);
    const body = JSON.parse(out.stdout);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.fields['findings.chest_pian']).toContain("'chest_pain'");
  });

  it.each([
    [{ week: 'thirty' }, 'gestationalWeek'],
    [{ week: '50' }, 'gestationalWeek'],
    [{ week: '20.5' }, 'gestationalWeek'],
    [{ bp: '140-90' }, 'bloodPressure'],
    [{ bp: '300/90' }, 'bloodPressure.systolic'],
    [{ bp: '90/120' }, 'bloodPressure.diastolic'],
  ])('refuses %o with exit code 2 naming %s', (args, field) => {
    const out = run(args);
    expect(out.exitCode).toBe(EXIT_BAD_INPUT);
    expect(out.stderr).toContain(`  ${field}: `);
  });

  it('reads a JSON body from stdin', () => {
    const stdinJson = JSON.stringify({ findings: { leg_cold_pale_severe_pain: true }, gestationalWeek: 28 });
    const out = run({ stdinJson, region: 'NZ', json: true });
    expect(JSON.parse(out.stdout)).toMatchObject({ level: 'emergency', emergencyNumber: { number: '111' } });
  });

  it('applies flags on top of a stdin body', () => {
    const stdinJson = JSON.stringify({ findings: { frequent_cramps: true }, gestationalWeek: 10 });
    const body = JSON.parse(run({ stdinJson, findings: ['vomiting'], week: '9', json: true }).stdout);
    expect(body.level).toBe('soon');
    expect(body.reasons[0].findings).toEqual(expect.arrayContaining(['vomiting', 'frequent_cramps']));
  });

  it('refuses stdin that is not JSON, or a body with unknown fields', () => {
    expect(run({ stdinJson: '{findings:' }).stderr).toMatch(/body: is not valid JSON/);
    expect(run({ stdinJson: '{"findings":{},"weeks":30}' }).stderr).toContain("weeks: Unknown field 'weeks'");
    expect(run({ stdinJson: '[1,2]' }).exitCode).toBe(EXIT_BAD_INPUT);
  });

  it('treats empty stdin as no findings', () => {
    expect(run({ stdinJson: '  \n' }).stdout.split('\n')[0]).toBe('SELF-CARE');
  });

  it('warns about an unknown region but still answers, with 112', () => {
    const out = run({ findings: ['chest_pain'], region: 'XY' });
    expect(out.exitCode).toBe(EXIT_OK);
    expect(out.stderr).toContain("Unknown region 'XY'; using 112");
    expect(out.stdout).toContain('Call 112 now');
  });
});

describe('listFindings', () => {
  it('lists every group and name', () => {
    const text = listFindings();
    for (const group of ['emergency:', 'leg:', 'pregnancy:', 'pattern:', 'context:']) {
      expect(text).toContain(group);
    }
    expect(text).toContain('one_leg_swollen');
    expect(text).toContain('supplement_question');
  });
});

describe('registerTriageCommand', () => {
  function harness(stdin: { isTTY: boolean; text?: string }) {
    const out: string[] = [];
    const err: string[] = [];
    let exitCode: number | undefined;
    let stdinReads = 0;
    const io: TriageCommandIo = {
      stdinIsTTY: stdin.isTTY,
      readStdin: async () => {
        stdinReads++;
        return stdin.text ?? '';
      },
      writeOut: (text) => out.push(text),
      writeErr: (text) => err.push(text),
      setExitCode: (code) => {
        exitCode = code;
      },
    };
    const program = new Command().exitOverride();
    registerTriageCommand(program, io);
    const parse = (argv: string[]) => program.parseAsync(['triage', ...argv], { from: 'user' });
    return { parse, out, err, exitCode: () => exitCode, stdinReads: () => stdinReads };
  }

  it('runs with repeated --finding flags and does not read stdin', async () => {
    const h = harness({ isTTY: false, text: '{"findings":{"seizure":true}}' });
    await h.parse(['--finding', 'leg_redness', '--finding', 'leg_warmth', '--region', 'JP', '--json']);
    expect(h.stdinReads()).toBe(0);
    expect(h.exitCode()).toBe(EXIT_OK);
    expect(JSON.parse(h.out.join(''))).toMatchObject({ level: 'urgent', emergencyNumber: { number: '119' } });
  });

  it('reads a piped body when no --finding is given', async () => {
    const h = harness({ isTTY: false, text: '{"findings":{"reduced_fetal_movement":true}}' });
    await h.parse(['--json']);
    expect(h.stdinReads()).toBe(1);
    expect(JSON.parse(h.out.join('')).level).toBe('urgent');
  });

  it('reads stdin on --stdin even from a terminal, and sets exit code 2 for bad input', async () => {
    const h = harness({ isTTY: true, text: '{"findings":{"fevr":true}}' });
    await h.parse(['--stdin']);
    expect(h.stdinReads()).toBe(1);
    expect(h.exitCode()).toBe(EXIT_BAD_INPUT);
    expect(h.err.join('')).toContain("Did you mean 'fever'?");
  });

  it('does not wait for stdin at a terminal without --stdin', async () => {
    const h = harness({ isTTY: true });
    await h.parse([]);
    expect(h.stdinReads()).toBe(0);
    expect(h.out.join('')).toMatch(/^SELF-CARE/);
  });

  it('lists findings', async () => {
    const h = harness({ isTTY: true });
    await h.parse(['--list-findings']);
    expect(h.out.join('')).toContain('bladder_bowel_changes');
    for (const name of ['one_leg_pain', 'heavy_bleeding', 'sepsis_signs', 'previous_clot']) {
      expect(h.out.join('')).toContain(name);
    }
  });

  it('wires --postpartum-weeks through to the engine', async () => {
    const h = harness({ isTTY: true });
    await h.parse(['--finding', 'heavy_bleeding', '--postpartum-weeks', '1', '--region', 'GB', '--json']);
    expect(h.exitCode()).toBe(EXIT_OK);
    expect(JSON.parse(h.out.join(''))).toMatchObject({ level: 'emergency', actionId: 'call-emergency' });
  });
});
