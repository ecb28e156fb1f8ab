import type { Language } from '../../domain/language';
import { TemplateError, escapeHtml, renderHtml } from '../render';

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
/** E-mail clients drop <style> blocks and classes unevenly, so every tag carries its style inline. */
const STYLES: Readonly<Record<string, string>> = {
  p: `${FONT}margin:0 0 16px;font-size:16px;line-height:24px;color:#1f2937;`,
  'p.muted': `${FONT}margin:0 0 16px;font-size:13px;line-height:20px;color:#4b5563;`,
  'p.cta': `${FONT}margin:8px 0 24px;text-align:center;`,
  'a.button': `${FONT}display:inline-block;padding:14px 28px;background-color:#1e3a5f;border-radius:6px;color:#ffffff;font-size:16px;font-weight:bold;line-height:20px;text-decoration:none;`,
  a: 'color:#1e3a5f;text-decoration:underline;word-break:break-all;',
  'table.details': 'width:100%;margin:0 0 24px;border-collapse:collapse;border-top:1px solid #e5e7eb;',
  th: `${FONT}width:42%;padding:10px 12px 10px 0;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top;font-size:14px;line-height:20px;font-weight:normal;color:#4b5563;`,
  'th.group': `${FONT}padding:10px 12px;background-color:#f3f4f6;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top;font-size:15px;line-height:22px;font-weight:bold;color:#1e3a5f;`,
  td: `${FONT}padding:10px 0;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top;font-size:14px;line-height:20px;font-weight:bold;color:#111827;`,
};

/**
 * An opening tag with its inline style (`cls` picks a styled variant, e.g. `p.muted`). Attribute
 * values are escaped; the style comes last, after the given attributes.
 */
export function openTag(name: string, cls?: string, attrs: Readonly<Record<string, string>> = {}): string {
  const key = cls ? `${name}.${cls}` : name;
  const style = STYLES[key];
  if (cls && !style) throw new TemplateError(`No e-mail style for <${key}>`);
  const rest = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  return `<${name}${rest}${style ? ` style="${style}"` : ''}>`;
}

/**
 * The responsive frame: one centred column of at most 560px (a fixed-width "ghost" table for
 * Outlook, which ignores max-width), the hotel name on top, the message, then the footer.
 */
const FRAME = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;-webkit-text-size-adjust:100%;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<!--[if mso]><table role="presentation" width="560" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px;">
<tr><td style="${FONT}padding:20px 28px;border-bottom:3px solid #1e3a5f;font-size:20px;line-height:28px;font-weight:bold;color:#1e3a5f;">{{hotelName}}</td></tr>
<tr><td style="padding:28px 28px 12px;">
{{{body}}}
</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
<tr><td style="${FONT}padding:16px 28px;font-size:12px;line-height:18px;color:#4b5563;text-align:center;">{{{footer}}}</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;

export function frame(vars: { lang: Language; subject: string; hotelName: string; body: string; footer: string }): string {
  return renderHtml(FRAME, vars);
}
