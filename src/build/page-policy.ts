/**
 * What no published page may hold, whoever wrote it (content, a template, a plugin, frontmatter
 * printed into a meta tag): checked on a whole built page parsed by parse5 as a browser parses it.
 * - no element that loads or runs something of its own: `base`, frames, `object`, `embed`, `applet`;
 * - `meta` and `link` only in the head; `http-equiv` only the CSP and, on redirect pages, a refresh
 *   to a page of the site;
 * - a `form` only the site's search form;
 * - a script only the site's own: a file of the site, or inline text whose hash the page's CSP lists;
 * - no event handler, `ping`, `srcdoc`, `formaction` or `shadowrootmode` attribute, and every URL
 *   permitted (src/safety/url-rule.ts), SVG's `image`, `use` and `feImage` only from the site;
 * - the same inside `<template>` content.
 *
 * Page bodies are checked in full against the allow-list before they are written
 * (src/safety/published-html.ts). This check is the backstop for the rest of the page on
 * @astrojs/mdx's path (`MDX_PATH=standard`), whose MDX bodies Astro renders after the content
 * loader's gate: there the built bodies are held against the same allow-list too
 * (./page-policy-check.ts). On the fast path it does not run on every build: the gate has seen every
 * body, and the templates around them are the site's own code, checked by the site tests.
 */
import { createHash } from 'node:crypto';
import type { Element, Nodes } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { find, html as htmlSpace } from 'property-information';
import { RESOURCE_PROPERTIES, URL_PROPERTIES, urlsInAttribute } from '../safety/allow-list.ts';
import { isPermittedResourceUrl, isPermittedUrl, urlSchemeOf } from '../safety/url-rule.ts';

const NEVER = new Set(['base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe']);
const HEAD_ONLY = new Set(['meta', 'link']);
const FORBIDDEN_PROPERTIES = new Set(['ping', 'srcDoc', 'formAction']);
/** SVG elements whose `href` is a file the browser fetches as the page loads (an image, a referenced shape or filter). */
const SVG_RESOURCES = new Set(['image', 'use', 'feImage']);

/** A path of the site (relative, or absolute under `base`), not another host. */
const isSitePath = (url: string, base: string) => urlSchemeOf(url) === undefined && !url.trim().startsWith('//') && (url.startsWith(base) || !url.startsWith('/'));

/** The hashes a page's CSP allows for inline scripts (`'sha256-…'` in script-src). */
function scriptHashes(root: Nodes): Set<string> {
  const hashes = new Set<string>();
  const visit = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'meta' && String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') {
      const scriptSrc = /script-src([^;]*)/.exec(String(node.properties['content'] ?? ''))?.[1] ?? '';
      for (const match of scriptSrc.matchAll(/'(sha256-[A-Za-z0-9+/=]+)'/g)) hashes.add(match[1] ?? '');
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return hashes;
}

/** A built page as a browser parses it (scripting on), with where each node stands in the text. */
export type ParsedPage = DefaultTreeAdapterMap['document'];
export function parsePage(html: string): ParsedPage {
  return parse(html, { scriptingEnabled: true, sourceCodeLocationInfo: true });
}

/**
 * Everything a built page holds that no page may hold, each as `<tag attr>: why`; empty when none.
 * @example publishedPageViolations('<!doctype html><body><img src=x onerror=alert(1)>', '/') // → ['<img onerror>: an event handler']
 */
export function publishedPageViolations(page: string | ParsedPage, base: string): string[] {
  const root = fromParse5(typeof page === 'string' ? parsePage(page) : page);
  const hashes = scriptHashes(root);
  const violations: string[] = [];
  const visit = (node: Nodes, inHead: boolean) => {
    if (node.type === 'element') check(node, inHead);
    if ('children' in node) for (const child of node.children) visit(child, inHead || (node.type === 'element' && node.tagName === 'head'));
    // A template's content is a document of its own (hast's `content`), which script or a
    // declarative shadow root can bring to life: it is published too.
    if (node.type === 'element' && node.content) visit(node.content, inHead);
  };
  const check = (element: Element, inHead: boolean) => {
    const tag = element.tagName;
    const says = (what: string, why: string) => violations.push(`<${tag}${what}>: ${why}`);
    if (NEVER.has(tag)) says('', 'an element that loads or runs content of its own');
    if (HEAD_ONLY.has(tag) && !inHead) says('', 'only the page head may hold it');
    const httpEquiv = String(element.properties['httpEquiv'] ?? '').toLowerCase();
    if (tag === 'meta' && httpEquiv !== '') {
      const target = /url=(.*)$/i.exec(String(element.properties['content'] ?? ''))?.[1]?.trim() ?? '';
      if (httpEquiv === 'refresh' ? !isSitePath(target, base) : httpEquiv !== 'content-security-policy') says(` http-equiv="${httpEquiv}"`, 'only the CSP, or a refresh to a page of the site');
    }
    if (tag === 'form' && !/search\/$/.test(String(element.properties['action'] ?? ''))) says('', 'only the site\'s search form');
    if (tag === 'script') {
      const src = element.properties['src'];
      const own = src !== undefined ? isSitePath(String(src), base) : hashes.has(`sha256-${createHash('sha256').update(element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')).digest('base64')}`);
      if (!own) says(src !== undefined ? ` src="${String(src)}"` : '', 'not a script of the site (a file of the site, or inline with its hash in the CSP)');
    }
    for (const [property, value] of Object.entries(element.properties)) {
      const name = find(htmlSpace, property).attribute;
      if (/^on/i.test(name)) says(` ${name}`, 'an event handler');
      else if (FORBIDDEN_PROPERTIES.has(property)) says(` ${name}`, 'sends requests or embeds a document');
      else if (/^shadowroot/i.test(name)) says(` ${name}`, 'a declarative shadow root: markup no check of the page\'s own tree sees');
      else if (SVG_RESOURCES.has(tag) && (property === 'href' || property === 'xLinkHref') && !isPermittedResourceUrl(String(value))) says(` ${name}="${String(value).slice(0, 40)}"`, 'a file on another host, fetched from every reader\'s browser');
      else if (URL_PROPERTIES.includes(property)) {
        const urls = urlsInAttribute(property, value);
        const bad = urls.find((url) => !isPermittedUrl(url) && !(tag === 'img' && urlSchemeOf(url) === 'data' && /^\s*data:image\/(png|gif|webp|jpeg)[;,]/i.test(url)));
        if (bad !== undefined) says(` ${name}="${bad.slice(0, 40)}"`, 'a URL that is not http, https, mailto or relative');
        else if (RESOURCE_PROPERTIES.includes(property) && tag !== 'link' && tag !== 'script') {
          const remote = urls.find((url) => !isPermittedResourceUrl(url) && urlSchemeOf(url) !== 'data');
          if (remote !== undefined) says(` ${name}="${remote.slice(0, 40)}"`, 'a file on another host, fetched from every reader\'s browser');
        }
      }
    }
  };
  visit(root, false);
  return violations;
}
