import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../src/domain/sources/anchors.ts';
import { renderRoute } from '../../support/renderRoute.tsx';

const sessionPath = '/events/chengdu-finland-dialogue-2025-12-04';

describe('event page', () => {
  it('shows the title, kind, native name with its language and the date with how it is known', async () => {
    renderRoute(sessionPath);
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('Chengdu–Europe Industrial Dialogue: Finland–Chengdu Cooperation Session');
    expect(screen.getByText('Event · Matchmaking session')).toBeInTheDocument();
    // The native name, and the same words wherever a quote or its cleaned reading shows them: all marked Chinese.
    for (const element of screen.getAllByText('“蓉歐產業對話”——蓉芬合作對話會(“開放成都”合作共享會芬蘭專場)')) expect(element).toHaveAttribute('lang', 'zh-Hant');
    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(within(facts).getByText('4 Dec 2025').closest('time')).toHaveAttribute('dateTime', '2025-12-04');
    expect(within(facts).getByText(/^How we know the date: The text gives "December 4"/)).toBeInTheDocument();
    expect(document.title).toBe(`${h1.textContent} · Trade Mission Atlas`);
  });

  it('groups participating organisations by role, with their notes', async () => {
    renderRoute(sessionPath);
    const section = await screen.findByRole('region', { name: 'Organisations by role' });
    const hosts = within(section).getByRole('heading', { level: 3, name: 'Hosts' }).parentElement!;
    expect(within(hosts).getByRole('link', { name: /Embassy of Finland in China/ })).toHaveAttribute(
      'href',
      '/organisations/embassy-of-finland-in-china',
    );
    expect(within(hosts).getByText(/Jointly hosted \(聯合主辦\)/)).toBeInTheDocument();
    expect(within(hosts).getByText('芬蘭駐華大使館')).toHaveAttribute('lang', 'zh-Hant');
    const presenters = within(section).getByRole('heading', { level: 3, name: 'Presenters' }).parentElement!;
    expect(within(presenters).getByText('Presented the WePark outdoor sports park project.')).toBeInTheDocument();
  });

  it('names people with their native names, organisations and roles', async () => {
    renderRoute(sessionPath);
    const people = await screen.findByRole('region', { name: 'People' });
    expect(within(people).getByText('Lauri Tammi')).toBeInTheDocument();
    expect(within(people).getByText('唐明')).toHaveAttribute('lang', 'zh-Hant');
    expect(within(people).getByText("Participant; praised China's business environment")).toBeInTheDocument();
    expect(within(people).getByRole('link', { name: 'Tammi Consulting' })).toHaveAttribute('href', '/organisations/tammi-consulting');
  });

  it('states the figures as hedged in the source', async () => {
    renderRoute(sessionPath);
    const figures = await screen.findByRole('region', { name: 'Figures stated in the source' });
    // The 30+ Finnish enterprises are the delegation's figure (they "arrived in Chengdu"), not the session's.
    expect(within(figures).queryByText('more than 30 Finnish enterprises')).toBeNull();
    expect(within(figures).getByText('156 Chengdu enterprises signed up through COICC')).toBeInTheDocument();
    expect(within(figures).getByText('at least 3 Chengdu counterpart enterprises matched with each Finnish enterprise')).toBeInTheDocument();
  });

  it('links the series to its page, and the delegation', async () => {
    renderRoute(sessionPath);
    const facts = await screen.findByRole('region', { name: 'Key facts' });
    expect(within(facts).getByRole('link', { name: 'Chengdu–Europe Industrial Dialogue' })).toHaveAttribute('href', '/series/chengdu-europe-industrial-dialogue');
    expect(within(facts).getByRole('link', { name: 'Finnish enterprise delegation to Chengdu (December 2025)' })).toHaveAttribute(
      'href',
      '/delegations/finnish-enterprise-delegation-chengdu-2025-12',
    );
    // Named in the facts and, as something the page points to, under Related too.
    const related = screen.getByRole('region', { name: 'Related records' });
    expect(within(related).getByRole('link', { name: 'Finnish enterprise delegation to Chengdu (December 2025)' })).toHaveAttribute(
      'href',
      '/delegations/finnish-enterprise-delegation-chengdu-2025-12',
    );
  });

  it('links each evidence quote to its highlight on the source page', async () => {
    renderRoute(sessionPath);
    const evidence = await screen.findByRole('region', { name: 'Evidence from the sources' });
    const quote = 'On the afternoon of December 4, at the Business & Innovation Centre for China-Europe Cooperation (CCEC)';
    // The quote itself, not the same English shown as the gloss of its Chinese parallel.
    const item = within(evidence).getByText(quote, { selector: 'blockquote' }).closest('li')!;
    expect(within(item).getByRole('link')).toHaveAttribute('href', `/sources/chengdu-finland-dialogue-2025#${quoteAnchor(quote)}`);
  });

  it('lists related records: sub-events, agreements from the event and records sharing organisations', async () => {
    renderRoute(sessionPath);
    const related = await screen.findByRole('region', { name: 'Related records' });
    const subEvents = within(related).getByRole('heading', { name: 'Sub-events' }).parentElement!;
    expect(within(subEvents).getByRole('link', { name: /COICC presents the Chengdu & Partners Program/ })).toHaveAttribute(
      'href',
      '/events/coicc-chengdu-partners-program-presentation-2025-12-04',
    );
    const agreements = within(related).getByRole('heading', { name: 'Agreements from this event' }).parentElement!;
    expect(within(agreements).getAllByRole('link').length).toBeGreaterThan(0);
    expect(within(related).getByRole('heading', { name: 'Sharing organisations' })).toBeInTheDocument();
  });

  it('marks a planned event as planned and says what that means', async () => {
    renderRoute('/events/finnish-delegation-visit-west-china-hospital-2025-12');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText('Planned').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/it does not report that it took place/).length).toBeGreaterThan(0);
  });

  it('links a sub-event to the event it is part of', async () => {
    renderRoute('/events/coicc-chengdu-partners-program-presentation-2025-12-04');
    const facts = await screen.findByRole('region', { name: 'Key facts' });
    expect(within(facts).getByRole('link', { name: /Finland–Chengdu Cooperation Session/ })).toHaveAttribute('href', sessionPath);
  });

  it('says "Online" for an online event', async () => {
    renderRoute('/events/sino-european-new-economic-online-cooperation-conference-2020');
    const facts = await screen.findByRole('region', { name: 'Key facts' });
    expect(within(facts).getByText('Online')).toBeInTheDocument();
    expect(within(facts).getByText('21–22 Dec 2020')).toBeInTheDocument();
  });

  it('shows a transliteration as added by the atlas', async () => {
    renderRoute('/events/chengdu-international-sister-cities-conference-2025');
    const people = await screen.findByRole('region', { name: 'People' });
    expect(within(people).getByText('劉樂')).toHaveAttribute('lang', 'zh-Hant');
    expect(within(people).getAllByText(/transliteration added by the atlas, not in the source/).length).toBeGreaterThan(0);
    expect(within(people).getByText(/Liu Le/)).toBeInTheDocument();
  });
});

describe('event page: journeys and unnamed participants', () => {
  it('shows the whole journey as a strip in order, this record marked and the others linked', async () => {
    renderRoute(sessionPath, { data: 'fetch' });
    const journey = await screen.findByRole('navigation', { name: /Journey/ });
    const steps = within(journey).getAllByRole('listitem');
    expect(steps).toHaveLength(8);
    expect(within(steps[0]!).getByRole('link')).toHaveAttribute('href', '/delegations/opening-chengdu-northern-europe-delegation-2025-09');
    expect(within(steps[1]!).getByRole('link')).toHaveAttribute('href', '/agreements/business-finland-pledge-finnish-delegation-to-chengdu-2025');
    expect(within(steps[2]!).getByRole('link')).toHaveAttribute('href', '/delegations/finnish-enterprise-delegation-chengdu-2025-12');
    expect(within(steps[3]!).queryByRole('link')).toBeNull();
    expect(within(steps[3]!).getByText(/Finland–Chengdu Cooperation Session/)).toHaveAttribute('aria-current', 'page');
    for (const step of steps.slice(4)) expect(within(step).getByRole('link').getAttribute('href')).toMatch(/^\/events\/finnish-delegation-visit-/);
  });

  it('lists parties the text places only by country, under that country', async () => {
    renderRoute('/events/chengdu-nordic-technology-innovation-meeting-2024-11-18');
    const unnamed = await screen.findByRole('region', { name: 'Also taking part, not named' });
    for (const country of ['Iceland', 'Denmark', 'Finland', 'Norway', 'Sweden']) expect(within(unnamed).getByText(country)).toBeInTheDocument();
  });

  it('shows no journey strip on a record no follows link touches', async () => {
    renderRoute('/events/chengdu-nordic-technology-innovation-meeting-2024-11-18');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('navigation', { name: /Journey/ })).toBeNull();
  });
});
