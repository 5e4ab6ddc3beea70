import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build directory lets two checkouts' worth of processes (tests, demo) build side by side.
  distDir: process.env.LOTSE_NEXT_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-side packages with native or WASM parts stay outside the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    "@grpc/grpc-js",
    "@grpc/proto-loader",
    "pino",
    "@kubernetes/client-node",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Content-Security-Policy (with a per-request nonce) and HSTS (only over TLS) come from proxy.ts.
        ],
      },
    ];
  },
};

export default nextConfig;
