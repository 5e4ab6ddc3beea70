import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { themeAttribute } from "@/lib/client/theme/theme-preference";
import { Providers } from "./providers";
import { readThemeCookie } from "./read-theme-cookie";
import "./globals.css";
import "./styles/controls.css";
import "./styles/data.css";
import "./styles/page.css";
import "./styles/settings.css";

export const metadata: Metadata = {
  title: { default: "Lotse", template: "%s · Lotse" },
  description: "Compliance posture of your Kubernetes fleet, Talos-native.",
  robots: { index: false, follow: false },
  // Lotse's mark (components/brand/lotse-mark.tsx) as a static file: the proxy skips /icon.svg, and
  // the page CSP's img-src 'self' allows it.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f6f8" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1319" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = await readThemeCookie();
  return (
    <html lang="en" data-theme={themeAttribute(theme)}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
