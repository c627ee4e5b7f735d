import { describe, expect, it } from 'vitest';
import { chooseComposeTarget, composeUrl } from '../../../src/core/compose-url';

const email = {
  to: 'dana@acme.example',
  subject: 'Thank you — Senior Designer at Acme & Co',
  body: 'Hi Dana,\n\nThank you + goodbye.\n\nBest,\nSam',
};
const both = { gmail: true, outlook: true };

describe('composeUrl', () => {
  it('builds a Gmail compose URL whose params decode to the exact note', () => {
    const url = new URL(composeUrl({ kind: 'gmail', account: 0 }, email));
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('fs')).toBe('1');
    expect(url.searchParams.get('to')).toBe(email.to);
    expect(url.searchParams.get('su')).toBe(email.subject);
    expect(url.searchParams.get('body')).toBe(email.body);
  });

  it('keeps the Gmail account the user was signed in to', () => {
    expect(composeUrl({ kind: 'gmail', account: 2 }, email)).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/u\/2\/\?view=cm/,
    );
  });

  it('builds an Outlook deeplink on the host the user uses', () => {
    for (const host of ['outlook.office.com', 'outlook.live.com'] as const) {
      const url = new URL(composeUrl({ kind: 'outlook', host }, email));
      expect(url.origin + url.pathname).toBe(`https://${host}/mail/deeplink/compose`);
      expect(url.searchParams.get('to')).toBe(email.to);
      expect(url.searchParams.get('subject')).toBe(email.subject);
      expect(url.searchParams.get('body')).toBe(email.body);
    }
  });

  it('encodes spaces as %20 and plus signs as %2B, so no reader turns "+" into a space', () => {
    const url = composeUrl({ kind: 'outlook', host: 'outlook.office.com' }, email);
    expect(url).not.toContain('+');
    expect(url).toContain('Thank%20you%20%2B%20goodbye');
  });

  it('builds a mailto: URL with CRLF line breaks (RFC 6068)', () => {
    const url = composeUrl({ kind: 'mailto' }, email);
    expect(url.startsWith('mailto:dana@acme.example?subject=')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe(email.subject);
    expect(params.get('body')).toBe(email.body.replace(/\n/g, '\r\n'));
  });

  it('leaves out an empty recipient instead of writing "to="', () => {
    const gmail = composeUrl({ kind: 'gmail', account: 0 }, { ...email, to: '  ' });
    expect(new URL(gmail).searchParams.has('to')).toBe(false);
    expect(composeUrl({ kind: 'mailto' }, { ...email, to: '' })).toMatch(/^mailto:\?subject=/);
  });

  it('cannot be tricked into another host or extra params by the text', () => {
    const hostile = { to: 'a@b.example&bcc=evil@x.example', subject: '?x=1#frag', body: '&su=other' };
    const url = new URL(composeUrl({ kind: 'gmail', account: 0 }, hostile));
    expect(url.host).toBe('mail.google.com');
    expect(url.searchParams.getAll('su')).toEqual(['?x=1#frag']);
    expect(url.searchParams.has('bcc')).toBe(false);
    expect(url.hash).toBe('');
  });
});

describe('chooseComposeTarget', () => {
  it('uses the webmail tab the popup was opened over', () => {
    expect(chooseComposeTarget('https://mail.google.com/mail/u/1/#inbox', 'gmail', both)).toEqual({
      kind: 'gmail',
      account: 1,
    });
    expect(chooseComposeTarget('https://outlook.live.com/mail/0/', 'outlook', both)).toEqual({
      kind: 'outlook',
      host: 'outlook.live.com',
    });
    expect(chooseComposeTarget('https://outlook.office365.com/mail/', 'outlook', both)).toEqual({
      kind: 'outlook',
      host: 'outlook.office.com',
    });
  });

  it('ignores the tab when Gracious is off for its site', () => {
    expect(chooseComposeTarget('https://mail.google.com/mail/u/0/', 'gmail', { gmail: false, outlook: true })).toEqual({
      kind: 'outlook',
      host: 'outlook.office.com',
    });
  });

  it('without a webmail tab, uses the one site turned on, else the mail app', () => {
    expect(chooseComposeTarget(null, null, { gmail: true, outlook: false })).toEqual({ kind: 'gmail', account: 0 });
    expect(chooseComposeTarget(null, null, { gmail: false, outlook: true })).toEqual({
      kind: 'outlook',
      host: 'outlook.office.com',
    });
    expect(chooseComposeTarget(null, null, both)).toEqual({ kind: 'mailto' });
    expect(chooseComposeTarget(null, null, { gmail: false, outlook: false })).toEqual({ kind: 'mailto' });
  });
});
