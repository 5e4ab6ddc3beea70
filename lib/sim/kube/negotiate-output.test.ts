import { describe, expect, it } from "vitest";
import { negotiateOutput } from "./negotiate-output";

describe("negotiateOutput", () => {
  it("uses JSON without an Accept header and for */*", () => {
    expect(negotiateOutput({ accept: undefined, endpoint: "resource" })).toEqual({ kind: "json" });
    expect(negotiateOutput({ accept: "application/json, */*", endpoint: "resource" })).toEqual({ kind: "json" });
  });

  it("picks kubectl's Table, the metadata client's lists, and skips protobuf", () => {
    expect(
      negotiateOutput({
        accept:
          "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json",
        endpoint: "resource",
      }),
    ).toEqual({ kind: "table", version: "v1" });
    expect(
      negotiateOutput({
        accept:
          "application/vnd.kubernetes.protobuf;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json",
        endpoint: "resource",
      }),
    ).toEqual({ kind: "partial-object-list", version: "v1" });
    expect(
      negotiateOutput({ accept: "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1", endpoint: "resource" }),
    ).toEqual({ kind: "partial-object", version: "v1" });
  });

  it("offers aggregated discovery only at discovery endpoints, and honours q", () => {
    const aggregated = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json";
    expect(negotiateOutput({ accept: aggregated, endpoint: "discovery" })).toEqual({
      kind: "aggregated-discovery",
      version: "v2",
    });
    expect(negotiateOutput({ accept: aggregated, endpoint: "resource" })).toEqual({ kind: "json" });
    expect(
      negotiateOutput({
        accept: "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList;q=0.5,application/json",
        endpoint: "discovery",
      }),
    ).toEqual({ kind: "json" });
  });

  it("finds nothing acceptable for protobuf, YAML or unknown conversions", () => {
    expect(negotiateOutput({ accept: "application/vnd.kubernetes.protobuf", endpoint: "resource" })).toBeUndefined();
    expect(negotiateOutput({ accept: "application/yaml", endpoint: "resource" })).toBeUndefined();
    expect(
      negotiateOutput({ accept: "application/json;as=Table;g=example.com;v=v1", endpoint: "resource" }),
    ).toBeUndefined();
  });
});
