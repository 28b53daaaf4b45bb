// A fuzz pass over the whole API, driven by /api/openapi.json: for every operation, requests built from its
// own schema (so many get past validation and reach the routes) mixed with hostile values — control and
// odd Unicode strings, extreme numbers, deep nesting, prototype keys, impossible dates and time zones,
// oversized and malformed bodies. A fixed seed keeps it reproducible; the budget keeps it short. Every
// answer must come in time and be below 500.
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../../src/server/context.js';
import type { Store } from '../../src/server/db/connect.js';
import { ROOMY_LIMITS, signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const SEED = 20261301;
/** Generated requests per operation (plus the fixed hostile bodies for each operation with a body). */
const RUNS_PER_OPERATION = 80;
const ANSWER_WITHIN_MS = 15_000;
/** Operations that would end the fuzzing session rather than test anything. */
const SKIP = new Set(['POST /api/auth/logout']);

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  $ref?: string;
  additionalProperties?: boolean | JsonSchema;
};
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'line\nbreak',
  '\r\n=1+1',
  '\u202e\u0007\u001b[31m',
  '\ud800',
  '\udfff\ud800',
  '😀'.repeat(300),
  'x'.repeat(5000),
  "'; drop table users; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose.
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00%ZZ%',
  '__proto__',
  'constructor',
  'prototype',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '1899-12-31',
  '9999-12-31',
  '275760-09-13',
  '2026-01-01T25:00:00Z',
  '2026-01-01T00:00:00+25:00',
  '2026-01-01T00:00:00',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '1970-01-01T00:00:00.000000001Z',
  'Mars/Base',
  'Etc/GMT+14',
  'America/Argentina/ComodRivadavia',
  'UTC\n',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'true',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const HOSTILE_NUMBERS = [0, -0, -1, 0.5, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 31) - 1, 2 ** 31, 5e-324, 1e21];

function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(null, true, false, [], {}, [null], deep(60), { __proto__: null, constructor: 'x' }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
);

function resolve(schema: JsonSchema, doc: OpenApi): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop()!;
  return doc.components?.schemas?.[name] ?? {};
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const nastyCharacter = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'é', ' ', '1', '-', '@', '.'), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\n',
      '\r',
      '\t',
      '\u007f',
      '\u0085',
      '\u202e',
      '\ufeff',
      '\ud800',
      '😀',
    ),
    weight: 1,
  },
);

/** Mostly around now (where a due date or a diary entry is accepted), sometimes anywhere. */
const dates = fc.oneof(
  {
    arbitrary: fc.date({
      min: new Date('2025-06-01T00:00:00Z'),
      max: new Date('2027-06-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.date({
      min: new Date('1890-01-01T00:00:00Z'),
      max: new Date('3100-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    weight: 1,
  },
);

/** Values that follow the schema, often enough to reach the code behind validation. */
function fromSchema(raw: JsonSchema, doc: OpenApi, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, doc);
  const hostile = depth > 3 ? fc.constant(null) : hostileValue;
  const sane = ((): fc.Arbitrary<unknown> => {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices) return fc.oneof(...choices.map((s) => fromSchema(s, doc, depth + 1)));
    if (schema.allOf?.[0]) return fromSchema(schema.allOf[0], doc, depth + 1);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        if (schema.format === 'date-time') return dates.map((d) => d.toISOString());
        if (schema.format === 'date') return dates.map(isoDate);
        if (schema.format === 'uuid') return fc.uuid();
        if (schema.format === 'email') return fc.emailAddress();
        return fc.oneof(
          fc.string({ maxLength: Math.min(schema.maxLength ?? 60, 60) }),
          // Any code point, controls and lone surrogates included.
          fc.string({ unit: 'binary', maxLength: Math.min(schema.maxLength ?? 60, 60) }),
          // Ordinary text with the characters that break things mixed in.
          fc.string({ unit: nastyCharacter, minLength: 1, maxLength: 20 }),
          dates.map(isoDate),
          dates.map((d) => d.toISOString()),
        );
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return depth > 3
          ? fc.constant([])
          : fc.array(fromSchema(schema.items ?? {}, doc, depth + 1), {
              maxLength: Math.min(schema.maxItems ?? 6, 6),
            });
      case 'object': {
        if (depth > 3) return fc.constant({});
        // The required keys and at most two optional ones: the fewer fields, the likelier the request
        // is valid apart from its one odd value, and reaches the route.
        const properties = schema.properties ?? {};
        const required = (schema.required ?? []).filter((key) => key in properties);
        const optional = Object.keys(properties).filter((key) => !required.includes(key));
        return fc
          .subarray(optional, { maxLength: Math.min(2, optional.length) })
          .chain((chosen) =>
            fc.record(
              Object.fromEntries(
                [...required, ...chosen].map((key) => [key, fromSchema(properties[key]!, doc, depth + 1)]),
              ),
            ),
          );
      }
      default:
        return hostile;
    }
  })();
  // Mostly one odd field in an otherwise plausible request, so requests get past validation to the code.
  return fc.oneof({ arbitrary: sane, weight: 10 }, { arbitrary: hostile, weight: 1 });
}

/** Adds keys no schema allows, prototype keys included (written as own properties, as JSON.parse would). */
function withStrayKeys(body: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const stray = fc.oneof(
    { arbitrary: fc.constant(null), weight: 6 },
    { arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin'), weight: 1 },
  );
  return fc.tuple(body, stray).map(([value, key]) => {
    if (!key || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const copy = { ...(value as Record<string, unknown>) };
    Object.defineProperty(copy, key, { value: { polluted: true }, enumerable: true });
    return copy;
  });
}

const RAW_BODIES: { payload: string | Buffer; contentType: string }[] = [
  { payload: '{"__proto__":{"polluted":true}}', contentType: 'application/json' },
  { payload: '{"constructor":{"prototype":{"polluted":true}}}', contentType: 'application/json' },
  { payload: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: 'application/json' },
  { payload: `{"notes":"${'x'.repeat(300 * 1024)}"}`, contentType: 'application/json' },
  { payload: '{"gestationalWeek":1e999,"intensity":-1e999}', contentType: 'application/json' },
  { payload: '{"a":1,"a":2}', contentType: 'application/json' },
  { payload: '{', contentType: 'application/json' },
  { payload: '', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  {
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    contentType: 'application/json',
  },
  { payload: 'email=a@b.co&password=x', contentType: 'application/x-www-form-urlencoded' },
  { payload: 'plain text', contentType: 'text/plain' },
  { payload: '{}', contentType: 'application/json; charset=utf-16' },
];

function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'x');
}

function encodeParam(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  // Mostly encoded as a client would; sometimes raw, to reach the router's own decoding errors.
  if (text.startsWith('%')) return text;
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate: encode its UTF-8 bytes (as a replacement character) by hand.
    return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

describe('API fuzz (schema-driven, fixed seed)', () => {
  let store: Store;
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    store = await storeTargets[0]!.open();
    // The real log-in and sign-up limits (they end most auth requests before the slow hash), roomy writes.
    app = await testApp(store, {
      rateLimits: {
        ...ROOMY_LIMITS,
        loginFailuresPerIp: DEFAULT_RATE_LIMITS.loginFailuresPerIp,
        loginFailuresPerAddressAndAccount: DEFAULT_RATE_LIMITS.loginFailuresPerAddressAndAccount,
        signupsPerIp: DEFAULT_RATE_LIMITS.signupsPerIp,
      },
    });
    ({ cookie } = await signUp(app));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('answers every request in time and never with a 5xx', async () => {
    const doc = (await app.inject('/api/openapi.json')).json() as OpenApi;
    const requests: { label: string; options: InjectOptions }[] = [];
    let seed = SEED;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const label = `${method.toUpperCase()} ${path}`;
        if (SKIP.has(label)) continue;
        const parameters = operation.parameters ?? [];
        const pathParams = parameters.filter((p) => p.in === 'path');
        const queryParams = parameters.filter((p) => p.in === 'query');
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const arbitrary = fc.record({
          path: fc.record(
            Object.fromEntries(
              pathParams.map((p) => [p.name, fromSchema(p.schema ?? {}, doc).map(encodeParam)]),
            ),
          ),
          query: fc.record(
            Object.fromEntries(queryParams.map((p) => [p.name, fromSchema(p.schema ?? {}, doc)])),
            { requiredKeys: [] },
          ),
          body: bodySchema
            ? fc.oneof(
                { arbitrary: withStrayKeys(fromSchema(bodySchema, doc)), weight: 8 },
                { arbitrary: hostileValue, weight: 1 },
              )
            : fc.constant(undefined),
          signedIn: fc.oneof(
            { arbitrary: fc.constant(true), weight: 4 },
            { arbitrary: fc.constant(false), weight: 1 },
          ),
        });
        for (const sample of fc.sample(arbitrary, { seed: seed++, numRuns: RUNS_PER_OPERATION })) {
          const query = Object.entries(sample.query as Record<string, unknown>)
            .map(([k, v]) => `${k}=${encodeParam(v)}`)
            .join('&');
          requests.push({
            label,
            options: {
              method: method.toUpperCase() as InjectOptions['method'],
              url: `${fillPath(path, sample.path as Record<string, string>)}${query ? `?${query}` : ''}`,
              headers: sample.signedIn ? { cookie } : {},
              ...(sample.body !== undefined ? { payload: sample.body as object } : {}),
            },
          });
        }
        if (bodySchema) {
          for (const raw of RAW_BODIES) {
            requests.push({
              label: `${label} (raw)`,
              options: {
                method: method.toUpperCase() as InjectOptions['method'],
                url: fillPath(path, {}),
                headers: { cookie, 'content-type': raw.contentType },
                payload: raw.payload,
              },
            });
          }
        }
      }
    }

    const classes: Record<string, number> = {};
    const failures: string[] = [];
    const started = Date.now();
    // A few at a time, as clients would send them.
    const queue = [...requests];
    async function worker() {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { label, options } = next;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'hang'>((done) => {
          timer = setTimeout(() => done('hang'), ANSWER_WITHIN_MS);
        });
        const outcome = await Promise.race([app.inject(options), timeout]);
        clearTimeout(timer);
        const status = outcome === 'hang' ? 'hang' : `${Math.floor(outcome.statusCode / 100)}xx`;
        // FUZZ_DEBUG="PATCH /api/me" prints what that operation was sent and answered.
        const debug = process.env.FUZZ_DEBUG;
        if (debug && label.includes(debug) && outcome !== 'hang') {
          const sent = JSON.stringify(options.payload)?.slice(0, 150);
          process.stdout.write(
            `${label} ${options.url} ${sent} → ${outcome.statusCode} ${outcome.body.slice(0, 150)}\n`,
          );
        }
        classes[status] = (classes[status] ?? 0) + 1;
        if (outcome === 'hang' || outcome.statusCode >= 500) {
          const body = outcome === 'hang' ? 'no answer' : outcome.body.slice(0, 200);
          failures.push(`${label} ${String(options.url).slice(0, 120)} → ${status}: ${body}`);
        }
      }
    }
    await Promise.all(Array.from({ length: 4 }, worker));
    process.stdout.write(
      `fuzz: ${requests.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}: ${JSON.stringify(classes)}\n`,
    );
    expect(failures).toEqual([]);
    expect(requests.length).toBeGreaterThan(1000);
  }, 120_000);
});
