import type { Framework } from "../catalog-types";
import { CIS_K8S } from "./cis-k8s";
import { GDPR } from "./gdpr";
import { ISO_27001 } from "./iso-27001";
import { NIS2 } from "./nis2";
import { NIST_800_53 } from "./nist-800-53";
import { PCI_DSS } from "./pci-dss";
import { SOC2 } from "./soc2";

/** The seven frameworks, in the order the fleet heatmap shows them. */
export const FRAMEWORKS: Framework[] = [CIS_K8S, NIST_800_53, ISO_27001, SOC2, PCI_DSS, NIS2, GDPR];
