// The page for a Learn address that holds nothing, and for a search we cannot run: a way back in.
import { renderPage } from './document.js';
import { LEARN_SCRIPTS } from './learn-index.js';

export function renderLearnProblem(opts: { title: string; message: string; path: string }): string {
  return renderPage({
    title: opts.title,
    path: opts.path,
    scripts: LEARN_SCRIPTS,
    body: (
      <>
        <h1>{opts.title}</h1>
        <p>{opts.message}</p>
        <p>
          Try the search box above, browse <a href="/learn">everything in Learn</a>, or go to{' '}
          <a href="/relief">Relief now</a> if you have a cramp.
        </p>
      </>
    ),
  });
}
