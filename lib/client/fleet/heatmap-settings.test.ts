import { describe, expect, it } from "vitest";
import { readHeatmapSettings, writeHeatmapSettings } from "./heatmap-settings";

describe("heatmap settings in the URL", () => {
  it("reads defaults from an empty query and writes them back as nothing", () => {
    const settings = readHeatmapSettings(new URLSearchParams());
    expect(settings).toEqual({
      mode: "frameworks",
      sort: "name",
      isGrouped: false,
      isComparing: false,
      environment: "",
      site: "",
      label: "",
      search: "",
    });
    expect(writeHeatmapSettings(settings)).toBe("");
  });

  it("round-trips every setting", () => {
    const query =
      "view=checks&sort=worst&group=environment&change=30&environment=edge&site=north+pier&label=tier%3Dedge&q=pier";
    const settings = readHeatmapSettings(new URLSearchParams(query));
    expect(settings).toEqual({
      mode: "checks",
      sort: "worst",
      isGrouped: true,
      isComparing: true,
      environment: "edge",
      site: "north pier",
      label: "tier=edge",
      search: "pier",
    });
    expect(writeHeatmapSettings(settings)).toBe(query);
  });

  it("ignores values it does not know", () => {
    expect(readHeatmapSettings(new URLSearchParams("view=pie&sort=random&group=site"))).toMatchObject({
      mode: "frameworks",
      sort: "name",
      isGrouped: false,
    });
  });
});
