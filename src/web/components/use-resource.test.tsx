import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { type LoadOutcome, loadErrorMessage, startLoad, useResource } from './use-resource';

/** A load the test answers by hand. */
function manual<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { load: () => promise, resolve, reject };
}

/** Runs one load and collects what it settles with, after every pending answer has been handled. */
async function settled<T>(load: () => Promise<T>, cancelFirst = false): Promise<LoadOutcome<T>[]> {
  const outcomes: LoadOutcome<T>[] = [];
  const cancel = startLoad(load, 'Could not load this.', (outcome) => outcomes.push(outcome));
  if (cancelFirst) cancel();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return outcomes;
}

describe('startLoad', () => {
  it('hands over the answer', async () => {
    expect(await settled(async () => ({ items: [1, 2] }))).toEqual([{ ok: true, data: { items: [1, 2] } }]);
  });

  it("keeps the server's own sentence when the load fails with one", async () => {
    const refused = new ApiError(404, 'not_found', 'That episode was not found.');
    expect(await settled(() => Promise.reject(refused))).toEqual([
      { ok: false, error: 'That episode was not found.', cause: refused },
    ]);
  });

  it('says the fallback sentence for any other failure, and keeps the cause', async () => {
    const bug = new TypeError('x is undefined');
    expect(await settled(() => Promise.reject(bug))).toEqual([
      { ok: false, error: 'Could not load this.', cause: bug },
    ]);
    expect(
      await settled(() => {
        throw bug;
      }),
    ).toEqual([{ ok: false, error: 'Could not load this.', cause: bug }]);
  });

  it('drops an answer that arrives after the page moved on, whether it succeeded or failed', async () => {
    expect(await settled(async () => 'late', true)).toEqual([]);
    expect(await settled(() => Promise.reject(new Error('late')), true)).toEqual([]);
  });

  it('lets the newer of two overlapping loads win even when the older answers last', async () => {
    const seen: string[] = [];
    const older = manual<string>();
    const newer = manual<string>();
    const cancelOlder = startLoad(older.load, 'x', (o) => o.ok && seen.push(o.data));
    cancelOlder(); // the path changed: the effect's cleanup cancels the first load
    startLoad(newer.load, 'x', (o) => o.ok && seen.push(o.data));
    newer.resolve('/api/episodes/b');
    older.resolve('/api/episodes/a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['/api/episodes/b']);
  });
});

describe('loadErrorMessage', () => {
  it('prefers the API error message over the fallback', () => {
    expect(loadErrorMessage(new ApiError(0, 'offline', 'Could not reach Crampwise.'), 'fallback')).toBe(
      'Could not reach Crampwise.',
    );
    expect(loadErrorMessage(new Error('boom'), 'fallback')).toBe('fallback');
  });
});

/** Shows what useResource answers on the first render (no effects run on the server). */
function Probe({ path }: { path: string | null }) {
  const resource = useResource<string>(path, 'Could not load this.', async () => 'answer');
  return createElement('p', null, JSON.stringify({ ...resource, reload: undefined, setData: undefined }));
}

describe('useResource on first render', () => {
  const firstRender = (path: string | null) =>
    JSON.parse(
      renderToStaticMarkup(createElement(Probe, { path }))
        .replace(/^<p>|<\/p>$/g, '')
        .replaceAll('&quot;', '"'),
    );

  it('is loading, with nothing to show yet, when there is a path to read', () => {
    expect(firstRender('/api/insights')).toEqual({ data: null, error: null, cause: null, loading: true });
  });

  it('is not loading when there is nothing to read', () => {
    expect(firstRender(null)).toEqual({ data: null, error: null, cause: null, loading: false });
  });
});
