// The questionnaire's form field names, in a module of their own so the browser script imports them
// without the triage engine: the page that writes the fields, the parser and the script share one list.

/** Form field names, shared by the page that writes them, the parser that reads them and /check.js. */
export const FIELD = {
  finding: 'f',
  step: 'step',
  go: 'go',
  to: 'to',
  token: 'token',
  week: 'week',
  systolic: 'sys',
  diastolic: 'dia',
  stage: 'stage',
  postpartumWeeks: 'pp',
} as const;

const ALL_FIELDS: readonly string[] = Object.values(FIELD);

/** The fields that hold answers (or where they came from): what the script carries from screen to screen. */
export const ANSWER_FIELDS = ALL_FIELDS.filter((name) => name !== FIELD.go && name !== FIELD.to);

/** Every field but the findings is sent at most once. */
export const SINGLE_FIELDS = ALL_FIELDS.filter((name) => name !== FIELD.finding);

/** The one-page questionnaire the service worker keeps for when /check cannot reach the server. */
export const CHECK_OFFLINE_PATH = '/check/offline';

/** The texts the script shows, formatted here in the page's language (one script serves every language). */
export type OfflineScriptText = {
  needsTick: string;
  levelLabel: string;
  call: string;
  maternityNumber: string;
  cannotGetThere: string;
  worked: string;
  doNow: string;
  why: string;
  noReasons: string;
  readMore: string;
  meanwhile: string;
  crampNow: string;
  relief: string;
  whileYouWait: string;
  watchFor: string;
  notDiagnosis: string;
  change: string;
  title: string;
  /** "Should I call? — {level}", with {level} left for the script to fill. */
  resultTitle: string;
  fieldError: string;
  labels: Record<string, string>;
  /** The answer's own words in the page's language, for the region and call the page was made for. */
  result: OfflineResultWords;
};

/**
 * The words of an answer the script computes offline, as the server's result page would word it: level
 * names and headlines by id, the engine's English action and watch-for lines mapped to the page's language
 * (English maps to itself, so an empty map is English), reasons by rule id, the do-now steps by step id,
 * and the call button's label and note.
 */
export type OfflineResultWords = {
  levels: Record<string, string>;
  headlines: Record<string, string>;
  actions: Record<string, string>;
  reasons: Record<string, string>;
  watch: Record<string, string>;
  doNow: Record<string, string>;
  callLabel: string;
  callNote: string | undefined;
};
