import type { NodeDetailView } from "@/lib/shared/node-view";

export interface NodeSection {
  id: "checks" | "security" | "kernel-params" | "cmdline" | "services";
  title: string;
  /** Failing items in the section (0 when none or not readable), shown beside its link. */
  problems: number;
}

/** The node view's sections, for the in-page navigation (deep links `#kernel-params` etc.). */
export function describeNodeSections(view: NodeDetailView): NodeSection[] {
  const { kernelParams, cmdline, services, security, node } = view;
  const sections: NodeSection[] = [];
  if (node.verdicts.length > 0) {
    sections.push({
      id: "checks",
      title: "Node checks",
      problems: node.verdicts.filter((verdict) => verdict.status === "FAIL").length,
    });
  }
  sections.push(
    {
      id: "security",
      title: "Security state",
      problems: security.isReadable
        ? [
            !security.value.secureBoot,
            security.value.selinux === "permissive" || security.value.selinux === "disabled",
            security.value.moduleSignatureEnforced === false,
          ].filter(Boolean).length
        : 0,
    },
    {
      id: "kernel-params",
      title: "Kernel parameters",
      problems: kernelParams.isReadable ? kernelParams.value.counts.fail : 0,
    },
    {
      id: "cmdline",
      title: "Kernel command line",
      problems: cmdline.isReadable ? cmdline.value.requirements.filter((row) => row.status === "FAIL").length : 0,
    },
    {
      id: "services",
      title: "Services",
      problems: services.isReadable
        ? services.value.filter((service) => service.health === "unhealthy" || service.health === "failed").length
        : 0,
    },
  );
  return sections;
}
