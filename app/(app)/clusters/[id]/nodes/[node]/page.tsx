import type { Metadata } from "next";
import { NodeDetail } from "@/components/nodes/node-detail";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

/** Path segments may arrive percent-encoded (an IPv6 node address); a malformed one is kept as it is. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ node: string }> }): Promise<Metadata> {
  const { node } = await params;
  return { title: decodeSegment(node) };
}

export default async function NodePage({ params }: { params: Promise<{ id: string; node: string }> }) {
  await requirePageActor(ANY_ROLE);
  const { id, node } = await params;
  return <NodeDetail clusterId={id} node={decodeSegment(node)} />;
}
