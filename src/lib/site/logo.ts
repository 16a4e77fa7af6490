import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';

/**
 * The optional site logo, resized at build time into the sizes the pages use.
 * File names carry a hash of the source image, so a new logo gets new URLs
 * and no cache serves the old one.
 */

/** What one size of the logo is for. */
export type LogoPurpose = 'header' | 'header-2x' | 'icon' | 'touch-icon';

export interface LogoVariant {
  purpose: LogoPurpose;
  /** File name under the logo route, e.g. logo-3f2a9c1d-48.png. */
  file: string;
  width: number;
  height: number;
}

/** Header logo height in CSS pixels; the 2x variant serves high-density phone screens. */
export const HEADER_LOGO_HEIGHT = 48;

/**
 * The sizes to produce for a logo whose source is `srcWidth`×`srcHeight`:
 * the header keeps the aspect ratio; icons are square, the logo fitted inside.
 */
export function logoVariants(hash: string, srcWidth: number, srcHeight: number): LogoVariant[] {
  const headerWidth = (h: number) => Math.max(1, Math.round((srcWidth / srcHeight) * h));
  return [
    { purpose: 'header', file: `logo-${hash}-${HEADER_LOGO_HEIGHT}.png`, width: headerWidth(HEADER_LOGO_HEIGHT), height: HEADER_LOGO_HEIGHT },
    { purpose: 'header-2x', file: `logo-${hash}-${HEADER_LOGO_HEIGHT * 2}.png`, width: headerWidth(HEADER_LOGO_HEIGHT * 2), height: HEADER_LOGO_HEIGHT * 2 },
    { purpose: 'icon', file: `icon-${hash}-32.png`, width: 32, height: 32 },
    { purpose: 'touch-icon', file: `icon-${hash}-180.png`, width: 180, height: 180 },
  ];
}

/** Reads the logo and lists its variants. */
export async function describeLogo(root: string, logoPath: string): Promise<LogoVariant[]> {
  const input = readFileSync(resolve(root, logoPath));
  const { width, height } = await sharp(input).metadata();
  if (!width || !height) throw new Error(`${logoPath}: cannot read the image size; use a PNG, JPEG, WebP or SVG file`);
  const hash = createHash('sha256').update(input).digest('hex').slice(0, 8);
  return logoVariants(hash, width, height);
}

/**
 * Renders one variant as PNG. The touch icon gets a white background because
 * phones show transparent icons on black; the others keep transparency.
 */
export async function renderLogo(root: string, logoPath: string, variant: LogoVariant): Promise<Buffer> {
  const square = variant.purpose === 'icon' || variant.purpose === 'touch-icon';
  const background = variant.purpose === 'touch-icon' ? { r: 255, g: 255, b: 255, alpha: 1 } : { r: 0, g: 0, b: 0, alpha: 0 };
  let image = sharp(readFileSync(resolve(root, logoPath)), { density: 300 }).resize(variant.width, variant.height, {
    fit: square ? 'contain' : 'fill',
    background,
  });
  if (variant.purpose === 'touch-icon') image = image.flatten({ background });
  // No metadata: the output must not depend on the build machine.
  return image.png({ compressionLevel: 9 }).toBuffer();
}
