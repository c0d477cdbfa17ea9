/**
 * The career update a profile change would publish, as the server decides it: another company is
 * a new position, a new title at the same company a promotion (see CareerChanged on the server).
 */
export type CareerChange = { kind: 'NEW_POSITION' | 'PROMOTION'; summary: string };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function careerChange(
  before: { title?: string | null; company?: string | null },
  after: { title: string; company: string },
): CareerChange | null {
  const title = after.title.trim();
  const company = after.company.trim();
  const oldTitle = before.title ?? '';
  const oldCompany = before.company ?? '';
  if (company && !(oldCompany && same(company, oldCompany))) {
    return { kind: 'NEW_POSITION', summary: `started a new position${title ? ` as ${title}` : ''} at ${company}` };
  }
  if (company && oldCompany && same(company, oldCompany) && title && !same(title, oldTitle)) {
    return { kind: 'PROMOTION', summary: `was promoted to ${title} at ${company}` };
  }
  return null;
}
