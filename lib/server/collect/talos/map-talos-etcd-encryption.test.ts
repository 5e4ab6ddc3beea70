import { describe, expect, it } from "vitest";
import { mapTalosEtcdEncryption } from "./map-talos-etcd-encryption";
import { TalosApiError } from "./talos-api-error";

const CONFIGURATION = `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
      - secretbox:
          keys:
            - name: key2
              secret: c2VjcmV0Ym94LWtleS1TM0NSM1Q=
      - aescbc:
          keys:
            - name: key1
              secret: YWVzY2JjLWtleS1TM0NSM1Q=
      - identity: {}
`;

describe("mapTalosEtcdEncryption", () => {
  it("lists the providers in order and redacts every key", () => {
    const result = mapTalosEtcdEncryption({ spec: { configuration: CONFIGURATION } });
    expect(result.resources).toEqual([{ resources: ["secrets"], providers: ["secretbox", "aescbc", "identity"] }]);
    const json = JSON.stringify(result);
    expect(json).not.toContain("c2VjcmV0Ym94LWtleS1TM0NSM1Q=");
    expect(json).not.toContain("YWVzY2JjLWtleS1TM0NSM1Q=");
    expect(json.match(/\[redacted\]/g)).toHaveLength(2);
  });

  it("refuses unparsable YAML without quoting it", () => {
    let caught: unknown;
    try {
      mapTalosEtcdEncryption({ spec: { configuration: "secret: [S3CR3T\n  - : :" } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TalosApiError);
    expect((caught as TalosApiError).kind).toBe("invalid-response");
    expect((caught as TalosApiError).message).not.toContain("S3CR3T");
  });
});
