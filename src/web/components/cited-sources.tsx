// The sources an answer cites, as one inline list for a sentence such as "Sources: …". A source's title
// and publisher are names, kept as the source prints them (marked English) in every language.
import type { CitedSource } from '../../contract/nutrition';

export function CitedSources({ cited }: { cited: readonly CitedSource[] }) {
  return (
    <>
      {cited.map((source, i) => (
        <span key={source.key}>
          {i > 0 ? '; ' : ''}
          <span lang="en">
            {source.url ? <a href={source.url}>{source.title}</a> : source.title} ({source.publisher})
          </span>
        </span>
      ))}
    </>
  );
}
