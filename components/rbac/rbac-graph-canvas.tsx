"use client";

import "@xyflow/react/dist/style.css";
import { useEffect, useMemo, useRef, useState } from "react";
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeChange,
} from "@xyflow/react";
import { rbacRiskTier } from "@/lib/client/rbac/describe-rbac-risk";
import {
  RBAC_NODE_HEIGHT,
  RBAC_NODE_WIDTH,
  toFlowElements,
  type Positions,
  type RbacFlowNode,
} from "@/lib/client/rbac/layout-rbac-graph.adapter";
import type { RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { RbacColumnTitle, RbacGraphNode } from "./rbac-graph-node";
import { RbacNodeDetails } from "./rbac-node-details";
import { RbacRiskEdge } from "./rbac-risk-edge";
import styles from "./rbac-graph.module.css";

const NODE_TYPES = { rbac: RbacGraphNode, column: RbacColumnTitle };
const EDGE_TYPES = { rbac: RbacRiskEdge };
const PADDING = 24;
const HEADER = 44;

interface Bounds {
  minX: number;
  minY: number;
  width: number;
  height: number;
}

function boundsOf(positions: Positions): Bounds {
  const all = [...positions.values()];
  const minX = Math.min(...all.map((p) => p.x));
  const minY = Math.min(...all.map((p) => p.y)) - HEADER;
  const maxX = Math.max(...all.map((p) => p.x)) + RBAC_NODE_WIDTH;
  const maxY = Math.max(...all.map((p) => p.y)) + RBAC_NODE_HEIGHT;
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}

/** Fits the graph's width (zoom 0.5–1), top-aligned: the riskiest rows are listed first, so they show first. */
function initialViewport(bounds: Bounds, width: number) {
  const zoom = Math.min(1, Math.max(0.5, (width - 2 * PADDING) / bounds.width));
  const x = Math.max(PADDING, (width - bounds.width * zoom) / 2) - bounds.minX * zoom;
  const y = PADDING - bounds.minY * zoom;
  const height = Math.min(760, Math.max(360, bounds.height * zoom + 2 * PADDING));
  return { viewport: { x, y, zoom }, height };
}

function minimapClass(node: RbacFlowNode): string {
  if (node.type !== "rbac") return "";
  const tier = rbacRiskTier(node.data.node.risks);
  return tier === "critical" ? "rbac-mini-critical" : tier === "elevated" ? "rbac-mini-elevated" : "rbac-mini";
}

/** Centres the selected node when the selection came from outside the canvas (the table). */
function FocusOnSelection({
  selectedId,
  positions,
  revision,
}: {
  selectedId: string | null;
  positions: Positions;
  revision: number;
}) {
  const flow = useReactFlow();
  useEffect(() => {
    if (!selectedId || revision === 0) return;
    const position = positions.get(selectedId);
    if (!position) return;
    void flow.setCenter(position.x + RBAC_NODE_WIDTH / 2, position.y + RBAC_NODE_HEIGHT / 2, {
      zoom: Math.max(flow.getZoom(), 0.9),
      duration: 300,
    });
  }, [flow, positions, selectedId, revision]);
  return null;
}

/**
 * The graph: columns subjects → bindings → roles → rules laid out by ELK, risky links marked,
 * the selected node's paths traced. Presentational: positions come from the layout adapter.
 */
export function RbacGraphCanvas({
  view,
  positions,
  layoutKey,
  selectedId,
  focusRevision,
  onSelect,
}: {
  view: RbacGraphView;
  positions: Positions;
  /** Changes with the laid-out graph (filters, snapshot): the viewport starts over. */
  layoutKey: string;
  selectedId: string | null;
  /** Bumped when the selection should be brought into view (a table row was chosen). */
  focusRevision: number;
  onSelect: (id: string | null) => void;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const flow = useMemo(() => toFlowElements({ view, positions, selectedId }), [view, positions, selectedId]);
  const bounds = useMemo(() => boundsOf(positions), [positions]);
  const selected = selectedId ? view.nodes.find((node) => node.id === selectedId) : undefined;
  // The viewport is set when React Flow mounts; a new layout (other filters) mounts it afresh.
  const current = width !== null ? initialViewport(bounds, width) : null;

  function onNodesChange(changes: NodeChange<RbacFlowNode>[]) {
    const chosen = changes.find((change) => change.type === "select" && change.selected);
    if (chosen && chosen.type === "select") onSelect(chosen.id);
  }

  return (
    <div ref={containerRef} className={styles.canvas} style={{ height: current?.height ?? 480 }}>
      {current ? (
        <ReactFlowProvider>
          <ReactFlow
            key={layoutKey}
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            defaultViewport={current.viewport}
            minZoom={0.2}
            maxZoom={1.6}
            nodesDraggable={false}
            nodesConnectable={false}
            edgesFocusable={false}
            onNodesChange={onNodesChange}
            onPaneClick={() => onSelect(null)}
            panOnScroll
            zoomOnScroll={false}
            zoomOnPinch
            aria-label={`RBAC graph of ${view.cluster.name}`}
          >
            <Background variant={BackgroundVariant.Dots} gap={22} size={1} />
            <Controls showInteractive={false} position="bottom-left" />
            <MiniMap
              pannable
              zoomable
              position="bottom-right"
              nodeClassName={minimapClass}
              style={{ width: 150, height: 100 }}
              ariaLabel="Overview of the whole graph"
            />
            {selected ? (
              <Panel position="top-right">
                <RbacNodeDetails node={selected} onClose={() => onSelect(null)} />
              </Panel>
            ) : null}
            <FocusOnSelection selectedId={selectedId} positions={positions} revision={focusRevision} />
          </ReactFlow>
        </ReactFlowProvider>
      ) : null}
    </div>
  );
}
