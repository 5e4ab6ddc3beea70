import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FleetFrameworkMatrix } from "@/components/frameworks/fleet-framework-matrix";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { FRAMEWORKS } from "@/lib/catalog/frameworks";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Framework across the fleet" };

export default async function FleetFrameworkPage({ params }: { params: Promise<{ frameworkId: string }> }) {
  await requirePageActor(ANY_ROLE);
  const { frameworkId } = await params;
  const framework = FRAMEWORKS.find((candidate) => candidate.id === frameworkId);
  if (!framework) notFound();
  return (
    <>
      <Link href="/frameworks" className="back-link">
        <Icon name="back" size={14} />
        Frameworks
      </Link>
      <PageHeader
        title={framework.name}
        description={`${framework.name} ${framework.version} across the fleet: each control's status on every cluster, how many clusters fail it, and the checks it is mapped to, with where each mapping comes from.`}
      />
      <FleetFrameworkMatrix frameworkId={framework.id} frameworkName={framework.name} />
    </>
  );
}
