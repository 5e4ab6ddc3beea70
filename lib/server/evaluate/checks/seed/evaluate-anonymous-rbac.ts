import { ANONYMOUS_RBAC_CHECK } from "@/lib/catalog/checks/seed/anonymous-rbac";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeRoleBinding } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import {
  flagValue,
  readControlPlaneFlags,
  type ComponentInstance,
} from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { capList, describeList, errorEvidence } from "../cis/support/cis-verdict";
import { bindingLabel, readRbac, subjectLabel, type RbacData } from "../cis/support/rbac-grants";
import { subjectName } from "../cis/support/judge-control-plane";
import {
  isAnonymousSubject,
  isBroadGroup,
  isDefaultGrant,
  isNonSystemSubject,
  privilegesOf,
} from "./support/anonymous-rbac-grants";
import { worstStatus, type ResultStatus } from "./support/combine-statuses";

const check = ANONYMOUS_RBAC_CHECK;

interface Part {
  status: ResultStatus;
  /** A clause of the cluster finding's sentence. */
  clause: string;
  evidence: EvidenceItem[];
}

/**
 * seed.anonymous-rbac. One cluster finding about anonymous access, plus one finding per binding
 * that breaks least privilege.
 *
 * Cluster: FAIL when a kube-apiserver allows anonymous requests (--anonymous-auth true or unset)
 * or a binding grants system:anonymous / system:unauthenticated more than system:public-info-viewer;
 * WARN when anonymous access is set in a structured --authentication-config (not visible); UNKNOWN
 * when the flags or the RBAC lists could not be read completely; PASS when every API server has
 * --anonymous-auth=false and the complete RBAC lists grant anonymous users only the defaults.
 * Managed: the flag is the provider's and not visible, so never PASS: NOT_APPLICABLE when RBAC is
 * clean, FAIL when it is not.
 *
 * Bindings (ClusterRoleBinding / RoleBinding subjects): FAIL for grants to system:authenticated or
 * system:serviceaccounts beyond Kubernetes' defaults, and for cluster-admin, wildcard verbs, write
 * access to "*" resources (cluster-wide) or escalate/bind/impersonate granted to non-system subjects;
 * WARN for reading Secrets, and for wildcard or cluster-admin rights inside one namespace.
 */
export const anonymousRbacEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const rbac = readRbac(context);
    const data = rbac.state === "known" ? rbac.data : null;
    const isRbacComplete = rbac.state === "known" && !rbac.incomplete;
    const anonymous = judgeAnonymousGrants(data, isRbacComplete, rbac.errors);
    const flag = judgeAnonymousFlag(context);
    return [clusterFinding(context, flag, anonymous), ...(data ? bindingFindings(context, data) : [])];
  },
};

function clusterFinding(context: EvaluationContext, flag: Part | null, anonymous: Part): CheckResult {
  const base = { checkId: check.id, subject: { kind: "cluster" as const } };
  if (!flag) {
    const evidence = [
      { source: "platform", value: context.platform, note: "managed control plane: --anonymous-auth is not visible" },
      ...anonymous.evidence,
    ];
    const status = anonymous.status === "PASS" ? "NOT_APPLICABLE" : anonymous.status;
    const message =
      status === "NOT_APPLICABLE"
        ? `The provider sets the API server's anonymous authentication, which is not visible from the cluster; ${anonymous.clause}.`
        : `The provider sets the API server's anonymous authentication (not visible), and ${anonymous.clause}.`;
    return { ...base, status, message, evidence };
  }
  const status = worstStatus([flag.status, anonymous.status]);
  return {
    ...base,
    status,
    message: `${capitalize(flag.clause)}, and ${anonymous.clause}.`,
    evidence: [...flag.evidence, ...anonymous.evidence],
  };
}

/** The --anonymous-auth flag of every kube-apiserver; null on a managed control plane. */
function judgeAnonymousFlag(context: EvaluationContext): Part | null {
  const read = readControlPlaneFlags(context, "kube-apiserver");
  if (read.state === "not-visible") return null;
  if (read.state === "unknown") {
    return { status: "UNKNOWN", clause: read.reason.replace(/\.$/, ""), evidence: errorEvidence(read.errors) };
  }
  const judged = read.instances.map((instance) => judgeInstance(context, instance));
  const on = judged.filter((entry) => entry.state === "on").map((entry) => entry.node);
  const structured = judged.filter((entry) => entry.state === "structured").map((entry) => entry.node);
  const evidence = [...judged.flatMap((entry) => entry.evidence), ...errorEvidence(read.errors)];
  if (on.length > 0) {
    return { status: "FAIL", clause: `the kube-apiserver on ${describeList(on)} allows anonymous requests`, evidence };
  }
  if (structured.length > 0) {
    return {
      status: "WARN",
      clause: `the kube-apiserver on ${describeList(structured)} sets anonymous access in a structured authentication config that is not visible, so review it`,
      evidence,
    };
  }
  if (read.incomplete) {
    return {
      status: "UNKNOWN",
      clause:
        "anonymous auth is off where kube-apiserver could be read, but some control-plane nodes could not be read",
      evidence,
    };
  }
  return {
    status: "PASS",
    clause: `anonymous auth is off on ${judged.length === 1 ? "the" : `all ${judged.length}`} API server${judged.length === 1 ? "" : "s"}`,
    evidence,
  };
}

function judgeInstance(
  context: EvaluationContext,
  instance: ComponentInstance,
): { node: string; state: "off" | "on" | "structured"; evidence: EvidenceItem[] } {
  const node = subjectName(context, instance.node);
  const given = flagValue(instance.flags, "anonymous-auth");
  const item: EvidenceItem = { source: `${instance.source}.anonymous-auth`, value: given ?? null };
  if (given !== undefined) {
    const isOff = ["false", "0", "f"].includes(given.toLowerCase());
    return { node, state: isOff ? "off" : "on", evidence: [item] };
  }
  const authenticationConfig = flagValue(instance.flags, "authentication-config");
  if (authenticationConfig !== undefined) {
    return {
      node,
      state: "structured",
      evidence: [
        item,
        {
          source: `${instance.source}.authentication-config`,
          value: authenticationConfig,
          note: "anonymous access is set in this file (AuthenticationConfiguration.anonymous), not visible",
        },
      ],
    };
  }
  return { node, state: "on", evidence: [{ ...item, note: "unset: the API server defaults to true" }] };
}

/** Grants to system:anonymous and system:unauthenticated beyond system:public-info-viewer. */
function judgeAnonymousGrants(data: RbacData | null, isComplete: boolean, errors: readonly CollectionError[]): Part {
  if (!data) {
    return {
      status: "UNKNOWN",
      clause: "the RBAC bindings could not be read",
      evidence: errorEvidence(errors),
    };
  }
  const grants = data.bindings.flatMap((binding) =>
    binding.subjects.filter(isAnonymousSubject).map((subject) => ({ binding, subject })),
  );
  const extra = grants.filter(({ binding, subject }) => !isDefaultGrant(binding, subject));
  const describe = ({ binding, subject }: (typeof grants)[number]) =>
    `${bindingLabel(binding)} → ${binding.roleRef.kind}/${binding.roleRef.name}: ${subjectLabel(subject)}`;
  const evidence: EvidenceItem[] = [
    {
      source: "kubernetes.rbac[subjects: system:anonymous, system:unauthenticated]",
      value: grants.map(describe),
      note: `Kubernetes' default is only system:public-info-viewer; ${data.bindings.length} bindings examined`,
    },
    ...errorEvidence(errors),
  ];
  if (extra.length > 0) {
    return {
      status: "FAIL",
      clause: `RBAC grants anonymous users more than the defaults (${describeList(extra.map(describe), 3)})`,
      evidence,
    };
  }
  if (!isComplete) {
    return {
      status: "UNKNOWN",
      clause: "the RBAC lists could not be read completely, so grants to anonymous users may be missing",
      evidence,
    };
  }
  return { status: "PASS", clause: "RBAC grants anonymous users nothing beyond system:public-info-viewer", evidence };
}

/** One finding per binding that grants broad groups more than the defaults, or non-system subjects too much. */
function bindingFindings(context: EvaluationContext, data: RbacData): CheckResult[] {
  const identity = context.snapshot.collector.kubernetesIdentity;
  return data.bindings.flatMap((binding): CheckResult[] => {
    const broad = binding.subjects.filter((subject) => isBroadGroup(subject) && !isDefaultGrant(binding, subject));
    const people = binding.subjects.filter(isNonSystemSubject);
    const privileges = people.length > 0 ? privilegesOf(data, binding) : [];
    if (broad.length === 0 && privileges.length === 0) return [];
    const role = `${binding.roleRef.kind}/${binding.roleRef.name}`;
    const clauses: string[] = [];
    const statuses: ResultStatus[] = [];
    if (broad.length > 0) {
      statuses.push("FAIL");
      clauses.push(`${role} to ${broad.map((subject) => subject.name).join(" and ")} (everyone of that group)`);
    }
    if (privileges.length > 0) {
      statuses.push(...privileges.map((privilege) => privilege.severity));
      clauses.push(
        `${privileges.map((privilege) => privilege.what).join(", ")} to ${describeList(people.map(subjectLabel), 3)}`,
      );
    }
    const isCollector = people.some(
      (subject) =>
        (subject.kind === "Group" && identity.groups.includes(subject.name)) ||
        (subject.kind === "User" && subject.name === identity.user),
    );
    const { items: subjects, more } = capList(binding.subjects.map(subjectLabel));
    const evidence: EvidenceItem[] = [
      { source: `kubernetes.rbac[${bindingLabel(binding)}].roleRef`, value: role },
      {
        source: `kubernetes.rbac[${bindingLabel(binding)}].subjects`,
        value: subjects,
        note: more > 0 ? `${more} more` : undefined,
      },
      ...privileges.map((privilege) => ({
        source: `kubernetes.rbac[${bindingLabel(binding)}].grants`,
        value: privilege.what,
        note: privilege.severity === "FAIL" ? "a takeover path" : "needs a reason: review",
      })),
    ];
    if (isCollector) {
      evidence.push({
        source: "collector.kubernetesIdentity",
        value: identity,
        note: "the credential Lotse collected with: listing Secret metadata needs list on secrets, which also reads their data",
      });
    }
    return [
      {
        checkId: check.id,
        subject: bindingSubject(binding),
        status: worstStatus(statuses),
        message: `${bindingLabel(binding)} grants ${clauses.join("; and ")}.`,
        evidence,
      },
    ];
  });
}

function bindingSubject(binding: KubeRoleBinding): CheckResult["subject"] {
  return {
    kind: "object",
    apiKind: binding.namespace === null ? "ClusterRoleBinding" : "RoleBinding",
    name: binding.name,
    ...(binding.namespace ? { namespace: binding.namespace } : {}),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
