import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkSiteConfig, defaultLicense, formatProblem, loadSiteConfig, parseSiteConfig, siteConfigSchema, SiteConfigError } from '../../src/lib/site/config';

describe('the shipped fengong.config.yaml', () => {
  it('builds as-is: every optional field empty, base path /, CC BY 4.0', () => {
    const config = loadSiteConfig({ env: {} });
    expect(config).toMatchObject({ basePath: '/', siteUrl: null, siteIdCode: null, icp: null, psb: null, sponsor: null, logo: null, license: defaultLicense });
  });

  it('documents every field with a Chinese title and description', () => {
    const schema = z.toJSONSchema(siteConfigSchema, { io: 'input' }) as { properties: Record<string, { title?: string; description?: string; properties?: Record<string, { title?: string }> }> };
    for (const [name, field] of Object.entries(schema.properties)) {
      expect(field.title, name).toMatch(/\p{Script=Han}/u);
      expect(field.description, name).toBeTruthy();
      for (const [sub, f] of Object.entries(field.properties ?? {})) expect(f.title, `${name}.${sub}`).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('docs/deploy.md', () => {
  it('explains every config field (a new field without docs fails here)', () => {
    const docs = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const schema = z.toJSONSchema(siteConfigSchema, { io: 'input' }) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    const fields = Object.entries(schema.properties).flatMap(([name, f]) => [name, ...Object.keys(f.properties ?? {}).map((sub) => `${name}.${sub}`)]);
    expect(fields.filter((f) => !docs.includes(`| \`${f}\` |`))).toEqual([]);
  });
});

describe('a complete configuration', () => {
  const full = `
siteName: 雷州市政务公开工作要点分工方案
sponsor: 雷州市人民政府办公室
operator: 雷州市政务服务数据管理局
contact:
  phone: "0759-8888888"
  email: zwgk@leizhou.gov.cn
  address: 雷州市××路1号
siteIdCode: 4408820001
icp: 粤ICP备12345678号-1
psb: 粤公网安备 44088202000001号
siteUrl: https://www.leizhou.gov.cn/
basePath: /zwgk/fgfa
`;
  it('is read with unquoted codes, trailing slashes and origins normalised', () => {
    const { config, problems } = parseSiteConfig(full, 'fengong.config.yaml');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ siteIdCode: '4408820001', siteUrl: 'https://www.leizhou.gov.cn', basePath: '/zwgk/fgfa/', contact: { phone: '0759-8888888' } });
  });

  it('takes the base path from BASE_PATH when it is set', () => {
    expect(parseSiteConfig(full, 'f.yaml', { BASE_PATH: '/other/' }).config?.basePath).toBe('/other/');
    expect(parseSiteConfig(full, 'f.yaml', { BASE_PATH: '' }).config?.basePath).toBe('/zwgk/fgfa/');
  });
});

// Each case: config text, then the line, field and message fragment of the one problem expected.
describe.each([
  // A field written twice: which one counts would be a guess.
  { why: 'duplicate key', text: 'siteName: a\nsiteName: b\n', line: 2, field: '', message: 'not valid YAML' },
  // Tabs are not allowed as YAML indentation.
  { why: 'tab indentation', text: 'siteName: a\ncontact:\n\tphone: "1"\n', line: 3, field: '', message: 'not valid YAML' },
  // A typo in a field name must not be silently ignored.
  { why: 'unknown field', text: 'siteName: a\nsitename: b\n', line: 2, field: '', message: 'unknown field "sitename"' },
  { why: 'unknown nested field', text: 'contact:\n  fax: "123"\n', line: 2, field: 'contact (联系方式)', message: 'unknown field "fax"' },
  { why: 'short 网站标识码', text: 'siteIdCode: "44088"\n', line: 1, field: 'siteIdCode (网站标识码)', message: '10-character' },
  { why: 'ICP number without 号', text: 'icp: 粤ICP备12345678\n', line: 1, field: 'icp (ICP备案号)', message: 'ICP备案号 such as' },
  { why: '公安备案号 without its 14 digits', text: 'psb: 粤公网安备 4408号\n', line: 1, field: 'psb (公安机关备案号)', message: '14 digits' },
  { why: 'site URL with a path', text: 'siteUrl: https://www.leizhou.gov.cn/zwgk/\n', line: 1, field: 'siteUrl (网站地址)', message: 'put the path' },
  { why: 'site URL that is not http', text: 'siteUrl: ftp://leizhou.gov.cn\n', line: 1, field: 'siteUrl (网站地址)', message: 'http(s) URL' },
  { why: 'relative base path', text: 'basePath: zwgk/fgfa/\n', line: 1, field: 'basePath (部署路径)', message: 'starting with "/"' },
  { why: 'base path with Chinese characters', text: 'basePath: /政务公开/\n', line: 1, field: 'basePath (部署路径)', message: 'path segments' },
  { why: 'bad e-mail', text: 'contact:\n  email: zwgk-at-leizhou\n', line: 2, field: 'contact.email (电子邮箱)', message: 'e-mail address' },
  { why: 'phone written as a number', text: 'contact:\n  phone: 07598888888\n', line: 2, field: 'contact.phone (联系电话)', message: 'expected text, got number' },
  { why: 'licence as one string', text: 'license: CC BY 4.0\n', line: 1, field: 'license (许可协议)', message: 'expected nested fields' },
  { why: 'licence without URL', text: 'license:\n  id: CC-BY-4.0\n  name: CC BY\n', line: 1, field: 'license.url (许可协议网址)', message: 'required field is missing' },
  { why: 'logo of an unsupported type', text: 'logo: branding/logo.gif\n', line: 1, field: 'logo (网站标志)', message: '.png' },
  { why: 'absolute logo path', text: 'logo: /etc/logo.png\n', line: 1, field: 'logo (网站标志)', message: 'relative to the project root' },
])('$why', ({ text, line, field, message }) => {
  it('is reported with file, line, field, what was expected and how to fix it', () => {
    const { config, problems } = parseSiteConfig(text, 'fengong.config.yaml');
    expect(config).toBeNull();
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ file: 'fengong.config.yaml', line, field });
    expect(p?.message).toContain(message);
    expect(p?.fix.length).toBeGreaterThan(10);
    expect(formatProblem(p!)).toMatch(new RegExp(`^fengong\\.config\\.yaml:${line}: `));
  });
});

describe('problems are reported all at once', () => {
  it('lists every bad field, and a bad BASE_PATH, in one error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-config-'));
    writeFileSync(join(dir, 'fengong.config.yaml'), 'siteIdCode: "1"\nicp: x\nbasePath: a\n');
    const problems = checkSiteConfig({ root: dir, env: { BASE_PATH: 'b' } }).problems;
    expect(problems.map((p) => p.field)).toEqual(['siteIdCode (网站标识码)', 'icp (ICP备案号)', 'basePath (部署路径)', 'basePath (部署路径)']);
    expect(problems[3]?.file).toBe('environment variable BASE_PATH');
    expect(() => loadSiteConfig({ root: dir, env: {} })).toThrow(SiteConfigError);
  });

  it('names a missing FENGONG_CONFIG file and a missing logo', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-config-'));
    expect(checkSiteConfig({ root: dir, env: { FENGONG_CONFIG: 'nope.yaml' } }).problems[0]?.message).toBe('config file not found');
    expect(loadSiteConfig({ root: dir, env: {} }).basePath).toBe('/');
    writeFileSync(join(dir, 'fengong.config.yaml'), 'logo: branding/logo.png\n');
    expect(checkSiteConfig({ root: dir, env: {} }).problems[0]?.message).toMatch(/branding\/logo\.png not found/);
  });
});
