// Property-based bad input for the kubeconfig and talosconfig parsers: random text, random YAML,
// valid files with one part broken, YAML tricks (anchors, tags, many documents, deep nesting) and
// huge values. The parser either accepts or refuses with a CredentialError whose message holds no
// key material; nothing else ever escapes it.
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CredentialError } from "./credential-error";
import { parseKubeconfig } from "./parse-kubeconfig";
import { parseTalosconfig } from "./parse-talosconfig";
import { buildTestKubeconfig, createKubePki, toYaml, type KubePki } from "./testing/build-test-kubeconfig";
import { buildTestTalosconfig, createTalosPki, type TalosPki } from "./testing/build-test-talosconfig";

const RUNS = 400;
let kubePki: KubePki;
let talosPki: TalosPki;
let tried = 0;

beforeAll(async () => {
  [kubePki, talosPki] = await Promise.all([createKubePki(), createTalosPki()]);
});

afterAll(() => console.info(`credential parsers: ${tried} generated inputs tried`));

type Path = (string | number)[];

/** Every path to a value inside a plain JSON-like document. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function withValueAt(document: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete cursor[last];
  else cursor[last] = value;
  return copy;
}

const tricky = fc.constantFrom(
  "\u0000",
  "\u202e",
  "\ud800",
  "~",
  "*alias",
  "&anchor x",
  "!!binary AAAA",
  "!!js/function 'x'",
  "https://169.254.169.254",
  "https://[::ffff:a9fe:a9fe]",
  "/etc/kubernetes/admin.conf",
  "file:///etc/passwd",
  // A PEM-shaped block with a bogus body (no key material; assembled so no PEM key text is committed).
  `-----BEGIN ${"PRIVATE"} KEY-----\nAAAA\n-----END ${"PRIVATE"} KEY-----`,
  "x".repeat(100_000),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), tricky, fc.string({ unit: "binary" }), fc.constant(undefined));

/** YAML text shaped like the document, broken in one place, or not a credential at all. */
function badYaml(valid: () => unknown): fc.Arbitrary<string> {
  const document = valid();
  const paths = pathsOf(document);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), anyValue)
        .map(([path, value]) => toYaml(withValueAt(document, path, value))),
    },
    fc.string({ unit: "binary", maxLength: 500 }),
    fc.jsonValue().map((value) => stringify(value)),
    fc.integer({ min: 10, max: 50_000 }).map((depth) => `contexts: ${"[".repeat(depth)}`),
    fc.integer({ min: 2, max: 200 }).map((count) => Array(count).fill(toYaml(document)).join("---\n")),
    fc.constantFrom(
      "a: &a [1]\nb: *a\n",
      "!!python/object:os.system ['id']\n",
      "contexts: !!map {}\n",
      "? [complex, key]\n: value\n",
      "%YAML 1.1\n---\nfoo: bar\n",
      "\ufeffapiVersion: v1\n",
      "<<: {a: 1}\n",
    ),
  );
}

/** Strings from the key material that must never appear in an error message. */
function keyLines(keyPem: string): string[] {
  return keyPem.split("\n").filter((line) => line.length >= 16 && !line.startsWith("-----"));
}

function expectAcceptedOrRefused(parse: () => unknown, secrets: string[]): void {
  tried += 1;
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(CredentialError);
    const { message, field } = error as CredentialError;
    expect(message.length).toBeGreaterThan(0);
    expect(field.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(message).not.toContain(secret);
  }
}

describe("credential parsers: bad input", () => {
  it("the kubeconfig parser accepts or refuses with a CredentialError, never with anything else", () => {
    const secrets = [...keyLines(kubePki.client.keyPem), Buffer.from(kubePki.client.keyPem).toString("base64")];
    fc.assert(
      fc.property(
        fc.constant(null).chain(() => badYaml(() => buildTestKubeconfig({ pki: kubePki }))),
        (text) => expectAcceptedOrRefused(() => parseKubeconfig({ text }), secrets),
      ),
      { numRuns: RUNS },
    );
  });

  it("the talosconfig parser accepts or refuses with a CredentialError, never with anything else", () => {
    const secrets = [...keyLines(talosPki.keyPem), Buffer.from(talosPki.keyPem).toString("base64")];
    fc.assert(
      fc.property(
        fc.constant(null).chain(() => badYaml(() => buildTestTalosconfig({ pki: talosPki }))),
        (text) => expectAcceptedOrRefused(() => parseTalosconfig({ text }), secrets),
      ),
      { numRuns: RUNS },
    );
  });

  it("either parser given the other's file, or a context that does not exist, refuses it clearly", () => {
    const kubeconfig = toYaml(buildTestKubeconfig({ pki: kubePki }));
    const talosconfig = toYaml(buildTestTalosconfig({ pki: talosPki }));
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (context) => {
        expectAcceptedOrRefused(() => parseKubeconfig({ text: kubeconfig, context }), []);
        expectAcceptedOrRefused(() => parseTalosconfig({ text: talosconfig, context }), []);
      }),
      { numRuns: RUNS },
    );
    expect(() => parseKubeconfig({ text: talosconfig })).toThrow(CredentialError);
    expect(() => parseTalosconfig({ text: kubeconfig })).toThrow(CredentialError);
  });
});
