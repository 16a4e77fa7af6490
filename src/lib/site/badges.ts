import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import type { SiteConfig } from './config';

/**
 * The footer's registration badges (公安机关备案图标, 党政机关网站标识), from
 * images saved in the project: the site loads nothing from other hosts, so
 * the registries' own embed scripts are not used. Each is served from the
 * brand route as a PNG at twice its CSS size (sharp on phone screens), under
 * a name that carries a hash of the source image.
 */
export type BadgePurpose = 'psb' | 'conac';

export interface BadgeImage {
  purpose: BadgePurpose;
  /** Source image, relative to the project root. */
  source: string;
  /** File name under the brand route, e.g. psb-3f2a9c1d.png. */
  file: string;
  /** CSS size; the file is twice as large. */
  width: number;
  height: number;
}

/** CSS heights: the 公安 icon sits in a line of text; the 党政机关 badge is a block. */
const HEIGHT: Record<BadgePurpose, number> = { psb: 20, conac: 55 };

async function describe(root: string, source: string, purpose: BadgePurpose): Promise<BadgeImage> {
  const input = readFileSync(resolve(root, source));
  const { width, height } = await sharp(input).metadata();
  if (!width || !height) throw new Error(`${source}: cannot read the image size; use a PNG, JPEG, WebP or SVG file`);
  const hash = createHash('sha256').update(input).digest('hex').slice(0, 8);
  const h = HEIGHT[purpose];
  return { purpose, source, file: `${purpose}-${hash}.png`, width: Math.max(1, Math.round((width / height) * h)), height: h };
}

/** The configured badges (none when none is configured). */
export async function describeBadges(root: string, config: Pick<SiteConfig, 'psbIcon' | 'conacBadge'>): Promise<BadgeImage[]> {
  const out: BadgeImage[] = [];
  if (config.psbIcon) out.push(await describe(root, config.psbIcon, 'psb'));
  if (config.conacBadge) out.push(await describe(root, config.conacBadge.image, 'conac'));
  return out;
}

/** One badge as PNG at twice its CSS size. */
export function renderBadge(root: string, badge: BadgeImage): Promise<Buffer> {
  return sharp(readFileSync(resolve(root, badge.source)), { density: 300 })
    .resize(badge.width * 2, badge.height * 2, { fit: 'fill' })
    .png()
    .toBuffer();
}
