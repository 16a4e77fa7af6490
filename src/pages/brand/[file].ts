import type { APIRoute, GetStaticPaths } from 'astro';
import { describeBadges, renderBadge, type BadgeImage } from '../../lib/site/badges';
import { getSiteConfig } from '../../lib/site/config';
import { describeLogo, renderLogo, type LogoVariant } from '../../lib/site/logo';

type Props = { variant: LogoVariant; logo: string } | { badge: BadgeImage };

/** The configured logo in every size the pages use, and the footer's badges (none when not configured). */
export const getStaticPaths = (async () => {
  const config = getSiteConfig();
  const root = process.cwd();
  const logos = config.logo ? await describeLogo(root, config.logo) : [];
  const badges = await describeBadges(root, config);
  return [
    ...logos.map((variant) => ({ params: { file: variant.file }, props: { variant, logo: config.logo as string } as Props })),
    ...badges.map((badge) => ({ params: { file: badge.file }, props: { badge } as Props })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = 'badge' in props ? await renderBadge(process.cwd(), props.badge) : await renderLogo(process.cwd(), props.logo, props.variant);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
