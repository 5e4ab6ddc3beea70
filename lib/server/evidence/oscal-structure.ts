// The required structure of an OSCAL assessment-results document (reference/catalog.md §5.3, from
// the NIST metaschema): every `*` field, value sets of methods/types/actor and subject types/states,
// UUID and token shapes, and that findings' observations exist. Returns readable problems; empty =
// structurally valid.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const METHODS = new Set(["EXAMINE", "INTERVIEW", "TEST", "UNKNOWN"]);
// `finding` is deprecated since OSCAL 1.1.4 (use `discovery`), so a new document must not use it.
const OBSERVATION_TYPES = new Set(["ssp-statement-issue", "control-objective", "mitigation", "historic", "discovery"]);
const ACTOR_TYPES = new Set(["tool", "assessment-platform", "party"]);
const SUBJECT_TYPES = new Set(["component", "inventory-item", "location", "party", "user", "resource"]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim().length > 0;

export function oscalStructureProblems(document: unknown): string[] {
  const problems: string[] = [];
  const need = (condition: boolean, problem: string) => {
    if (!condition) problems.push(problem);
  };
  const root = isObject(document) ? document["assessment-results"] : undefined;
  if (!isObject(root)) return ["assessment-results: missing"];
  need(typeof root.uuid === "string" && UUID.test(root.uuid), "assessment-results.uuid: not a UUID");
  const metadata = root.metadata;
  if (!isObject(metadata)) problems.push("metadata: missing");
  else {
    for (const field of ["title", "version", "oscal-version"])
      need(isText(metadata[field]), `metadata.${field}: missing`);
    need(
      typeof metadata["last-modified"] === "string" && DATE_TIME.test(metadata["last-modified"]),
      "metadata.last-modified: not a date-time",
    );
    need(
      typeof metadata["oscal-version"] === "string" && /^1\.(1|2)\.\d+$/.test(metadata["oscal-version"]),
      "metadata.oscal-version: not 1.1.x or 1.2.x",
    );
  }
  need(isObject(root["import-ap"]) && isText(root["import-ap"].href), "import-ap.href: missing");
  const results = root.results;
  if (!Array.isArray(results) || results.length === 0) return [...problems, "results: at least one is required"];
  results.forEach((result: unknown, index) => {
    const where = `results[${index}]`;
    if (!isObject(result)) return problems.push(`${where}: not an object`);
    need(typeof result.uuid === "string" && UUID.test(result.uuid), `${where}.uuid: not a UUID`);
    need(isText(result.title) && isText(result.description), `${where}: title and description are required`);
    need(typeof result.start === "string" && DATE_TIME.test(result.start), `${where}.start: not a date-time`);
    const selections = isObject(result["reviewed-controls"])
      ? result["reviewed-controls"]["control-selections"]
      : undefined;
    need(Array.isArray(selections) && selections.length > 0, `${where}.reviewed-controls.control-selections: required`);
    for (const selection of Array.isArray(selections) ? selections : []) {
      const include = isObject(selection) ? selection["include-controls"] : undefined;
      for (const control of Array.isArray(include) ? include : []) {
        const id = isObject(control) ? control["control-id"] : undefined;
        need(typeof id === "string" && TOKEN.test(id), `${where}: control-id ${String(id)} is not a token`);
      }
    }
    const observationIds = new Set<string>();
    const observations = Array.isArray(result.observations) ? result.observations : [];
    observations.forEach((observation: unknown, oIndex) => {
      const at = `${where}.observations[${oIndex}]`;
      if (!isObject(observation)) return problems.push(`${at}: not an object`);
      need(typeof observation.uuid === "string" && UUID.test(observation.uuid), `${at}.uuid: not a UUID`);
      if (typeof observation.uuid === "string") observationIds.add(observation.uuid);
      need(isText(observation.description), `${at}.description: required`);
      need(
        typeof observation.collected === "string" && DATE_TIME.test(observation.collected),
        `${at}.collected: not a date-time`,
      );
      const methods = observation.methods;
      need(
        Array.isArray(methods) && methods.length > 0 && methods.every((method) => METHODS.has(method as string)),
        `${at}.methods: 1..n of EXAMINE, INTERVIEW, TEST, UNKNOWN`,
      );
      const types = observation.types;
      need(
        types === undefined || (Array.isArray(types) && types.every((type) => OBSERVATION_TYPES.has(type as string))),
        `${at}.types: one of ${[...OBSERVATION_TYPES].join(", ")}`,
      );
      for (const origin of Array.isArray(observation.origins) ? observation.origins : []) {
        const actors = isObject(origin) ? origin.actors : undefined;
        need(Array.isArray(actors) && actors.length > 0, `${at}.origins: 1..n actors are required`);
        for (const actor of Array.isArray(actors) ? actors : []) {
          need(
            isObject(actor) && ACTOR_TYPES.has(actor.type as string),
            `${at}.origins.actors.type: one of ${[...ACTOR_TYPES].join(", ")}`,
          );
          need(
            isObject(actor) && typeof actor["actor-uuid"] === "string" && UUID.test(actor["actor-uuid"]),
            `${at}.origins.actors.actor-uuid: not a UUID`,
          );
        }
      }
      for (const subject of Array.isArray(observation.subjects) ? observation.subjects : []) {
        need(
          isObject(subject) && typeof subject["subject-uuid"] === "string" && UUID.test(subject["subject-uuid"]),
          `${at}.subjects.subject-uuid: not a UUID`,
        );
        need(
          isObject(subject) && SUBJECT_TYPES.has(subject.type as string),
          `${at}.subjects.type: one of ${[...SUBJECT_TYPES].join(", ")}`,
        );
      }
      for (const evidence of Array.isArray(observation["relevant-evidence"]) ? observation["relevant-evidence"] : []) {
        need(isObject(evidence) && isText(evidence.description), `${at}.relevant-evidence: description is required`);
      }
    });
    const findings = Array.isArray(result.findings) ? result.findings : [];
    findings.forEach((finding: unknown, fIndex) => {
      const at = `${where}.findings[${fIndex}]`;
      if (!isObject(finding)) return problems.push(`${at}: not an object`);
      need(typeof finding.uuid === "string" && UUID.test(finding.uuid), `${at}.uuid: not a UUID`);
      need(isText(finding.title) && isText(finding.description), `${at}: title and description are required`);
      const target = finding.target;
      if (!isObject(target)) return problems.push(`${at}.target: required`);
      need(
        target.type === "statement-id" || target.type === "objective-id",
        `${at}.target.type: statement-id or objective-id`,
      );
      need(
        typeof target["target-id"] === "string" && TOKEN.test(target["target-id"]),
        `${at}.target.target-id: not a token`,
      );
      const status = target.status;
      need(
        isObject(status) && (status.state === "satisfied" || status.state === "not-satisfied"),
        `${at}.target.status.state: satisfied or not-satisfied`,
      );
      for (const related of Array.isArray(finding["related-observations"]) ? finding["related-observations"] : []) {
        const id = isObject(related) ? related["observation-uuid"] : undefined;
        need(
          typeof id === "string" && observationIds.has(id),
          `${at}: related observation ${String(id)} does not exist`,
        );
      }
    });
  });
  return problems;
}
