import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteConfig } from '../../lib/site/config';
import { describeLogo, renderLogo, type LogoVariant } from '../../lib/site/logo';

/** The configured logo in every size the pages use (none when no logo is configured). */
export const getStaticPaths = (async () => {
  const { logo } = getSiteConfig();
  if (!logo) return [];
  const variants = await describeLogo(process.cwd(), logo);
  return variants.map((variant) => ({ params: { file: variant.file }, props: { variant, logo } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ variant: LogoVariant; logo: string }> = async ({ props }) => {
  const png = await renderLogo(process.cwd(), props.logo, props.variant);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
