"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorState } from "@/components/ui/error-state";
import { Icon } from "@/components/ui/icon";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { describeRole } from "@/lib/client/nodes/describe-node-rows";
import { describeNodeSections } from "@/lib/client/nodes/describe-node-sections";
import { nodePaths } from "@/lib/client/nodes/node-paths";
import { useNode } from "@/lib/client/nodes/use-node";
import type { NodeDetailView } from "@/lib/shared/node-view";
import { KernelCmdlineTable } from "./kernel-cmdline-table";
import { KernelParamTable } from "./kernel-param-table";
import { NodePartView } from "./node-part";
import { NodeSecurityState } from "./node-security-state";
import { NodeServiceTable } from "./node-service-table";
import { NodeVerdictTable } from "./node-verdict-table";
import { SnapshotSource } from "./snapshot-source";
import { StatusBadge } from "./status-mark";
import styles from "./nodes.module.css";

/** /clusters/[id]/nodes/[node]: one node's Talos security state, KSPP sysctls, command line and services. */
export function NodeDetail({ clusterId, node }: { clusterId: string; node: string }) {
  const detail = useNode(clusterId, node);
  const back = (
    <Link href={nodePaths.list(clusterId)} className="back-link">
      <Icon name="back" size={14} />
      {detail.data ? `Nodes of ${detail.data.cluster.name}` : "Nodes"}
    </Link>
  );
  if (detail.isPending) {
    return (
      <>
        {back}
        <PageHeader title={node} />
        <LoadingState label="Loading the node…" rows={8} />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        {back}
        <PageHeader title={node} />
        <ErrorState title="This node could not be loaded" error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }
  return (
    <>
      {back}
      <NodeDetailBody view={detail.data} />
    </>
  );
}

function NodeDetailBody({ view }: { view: NodeDetailView }) {
  const { node } = view;
  const sections = describeNodeSections(view);
  const facts = [
    describeRole(node.role),
    node.talosVersion ? `Talos ${node.talosVersion}` : null,
    node.kernelVersion ? `kernel ${node.kernelVersion}` : null,
    view.platform,
    node.talosNode && node.talosNode !== node.name ? node.talosNode : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <>
      <PageHeader
        title={node.name}
        description={
          <>
            <span className={styles.facts}>
              {facts.map((fact) => (
                <span key={fact}>{fact}</span>
              ))}
            </span>
            <span className="muted" style={{ fontSize: 13 }}>
              {view.cluster.name} · <SnapshotSource source={view.source} />
            </span>
          </>
        }
        actions={
          node.hasTalosData ? <StatusBadge status={node.overall} /> : <span className="badge">No Talos data</span>
        }
      />
      <div className="stack">
        <nav aria-label="Sections of this node">
          <ul className={styles.sectionNav}>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>
                  {section.title}
                  {section.problems > 0 ? (
                    <span className={styles.navCount}>
                      {section.problems}
                      <span className="visually-hidden"> failing</span>
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {node.talosUnavailableReason ? (
          <Alert tone="info" title="No Talos data for this node">
            {node.talosUnavailableReason}
          </Alert>
        ) : null}
        {view.differences.length > 0 ? (
          <Alert
            tone="warning"
            title={`Differs from its peers on ${view.differences.length} ${view.differences.length === 1 ? "attribute" : "attributes"}`}
          >
            <ul className={styles.differences}>
              {view.differences.map((difference) => (
                <li key={difference.attribute}>
                  <code>{difference.attribute}</code> is <strong>{difference.value}</strong> here; the majority of its{" "}
                  {difference.peers} peers have <strong>{difference.majority}</strong>.
                </li>
              ))}
            </ul>
            <p style={{ marginTop: 6 }}>
              <Link href={nodePaths.compare(view.cluster.id)}>Compare all nodes</Link>
            </p>
          </Alert>
        ) : null}
        {node.verdicts.length > 0 ? (
          <Section id="checks" title="Node checks" description="The same verdicts as the cluster's findings.">
            <NodeVerdictTable verdicts={node.verdicts} />
          </Section>
        ) : null}
        <Section
          id="security"
          title="Security state"
          description="Talos SecurityState: firmware, boot image, SELinux, FIPS, module signing."
        >
          <NodePartView part={view.security} what="The security state">
            {(state) => <NodeSecurityState state={state} />}
          </NodePartView>
        </Section>
        <Section
          id="kernel-params"
          title="Kernel parameters"
          description={
            view.kernelParams.isReadable && view.kernelParams.value.baseline
              ? `KSPP sysctls against Talos ${view.kernelParams.value.baseline.label} (${view.kernelParams.value.baseline.source}).`
              : "KSPP sysctls against the values Talos enforces."
          }
        >
          <NodePartView part={view.kernelParams} what="The kernel parameters">
            {(params) => <KernelParamTable view={params} />}
          </NodePartView>
        </Section>
        <Section
          id="cmdline"
          title="Kernel command line"
          description="Arguments the node's Talos release boots with (last occurrence wins)."
        >
          <NodePartView part={view.cmdline} what="The kernel command line">
            {(cmdline) => <KernelCmdlineTable view={cmdline} />}
          </NodePartView>
        </Section>
        <Section id="services" title="Services" description="Talos system services and their health checks.">
          <NodePartView part={view.services} what="The services">
            {(services) => <NodeServiceTable services={services} />}
          </NodePartView>
        </Section>
      </div>
    </>
  );
}

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <section className={`card ${styles.anchor}`} id={id} aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id={`${id}-title`}>{title}</h2>
          <p>{description}</p>
        </div>
      </div>
      {children}
    </section>
  );
}
