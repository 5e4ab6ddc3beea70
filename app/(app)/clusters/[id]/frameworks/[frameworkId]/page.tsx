import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClusterFramework } from "@/components/frameworks/cluster-framework";
import { FRAMEWORKS } from "@/lib/catalog/frameworks";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Framework on a cluster" };

export default async function ClusterFrameworkPage({
  params,
}: {
  params: Promise<{ id: string; frameworkId: string }>;
}) {
  await requirePageActor(ANY_ROLE);
  const { id, frameworkId } = await params;
  const framework = FRAMEWORKS.find((candidate) => candidate.id === frameworkId);
  if (!framework) notFound();
  return <ClusterFramework clusterId={id} frameworkId={framework.id} frameworkName={framework.name} />;
}
