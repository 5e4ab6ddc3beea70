import { expect, it } from "vitest";
import { sortApiVersions } from "./sort-api-versions";

it("sorts API versions in Kubernetes priority order", () => {
  expect(
    sortApiVersions({ versions: ["v1alpha1", "v1beta1", "v1", "foo", "v2", "v1beta2", "v2beta1", "v10"] }),
  ).toEqual(["v10", "v2", "v1", "v2beta1", "v1beta2", "v1beta1", "v1alpha1", "foo"]);
});
