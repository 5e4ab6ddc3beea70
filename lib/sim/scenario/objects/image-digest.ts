import { hashHex } from "../hash-key";

/** The sha256 digest a registry would report for an image reference (derived, stable). */
export function deriveImageDigest({ image }: { image: string }): string {
  const repository = image.split("@")[0] ?? image;
  return `sha256:${hashHex({ key: `digest-a:${repository}`, length: 32 })}${hashHex({ key: `digest-b:${repository}`, length: 32 })}`;
}

/** `repo:tag` → `repo@sha256:…` (what a digest-pinned manifest says). */
export function pinImage({ image }: { image: string }): string {
  if (image.includes("@")) return image;
  const lastColon = image.lastIndexOf(":");
  const repository = lastColon > image.lastIndexOf("/") ? image.slice(0, lastColon) : image;
  return `${repository}@${deriveImageDigest({ image })}`;
}

/** The `imageID` the kubelet reports for a running container: always by digest. */
export function imageIdOf({ image }: { image: string }): string {
  const pinned = pinImage({ image });
  const withRegistry =
    /^[^/]+\.[^/]+\//.test(pinned) || pinned.startsWith("localhost/")
      ? pinned
      : `docker.io/${pinned.includes("/") ? "" : "library/"}${pinned}`;
  return withRegistry;
}
