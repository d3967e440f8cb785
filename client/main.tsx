import { Component, lazy, StrictMode, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPageStrings, startLocale, t, useLocale, type Part } from './i18n';
import { navigate } from './navigate';
import './styles/base.css';
import './styles/base-pieces.css';

/**
 * A page: its chunk and the parts of the strings it says beyond `core` (client/i18n/catalogues.ts),
 * loaded side by side; it renders once both are there.
 */
function page<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, parts: readonly Part[] = []) {
  return lazy(() => Promise.all([load(), loadPageStrings(parts)]).then(([module]) => module));
}

const ORGANIZER: readonly Part[] = ['organizer', 'import', 'forum', 'wall-links'];
const WALL: readonly Part[] = ['wall', 'stage-wall'];

// One chunk per role: a phone never downloads the organizer, moderator or wall code, nor their words.
const LandingView = page(() => import('./views/landing/LandingView'), ['landing']);
const PhoneView = page(() => import('./views/phone/PhoneView'));
const ModeratorView = page(() => import('./views/moderator/ModeratorView'), ['console', 'stage-console', 'record', 'wall-links']);
const WallView = page(() => import('./views/wall/WallView'), WALL);
const EmbedView = page(() => import('./views/wall/EmbedView'), WALL);
const OrganizerView = page(() => import('./views/organizer/OrganizerView'), ORGANIZER);
const EventView = page(() => import('./views/organizer/EventView'), ORGANIZER);
const DashboardView = page(() => import('./views/organizer/DashboardView'), ORGANIZER);
// The report words its activity log as the console does, and signs in as the organizer pages do.
const ReportView = page(() => import('./views/report/ReportView'), ['record', 'console', 'stage-console', 'organizer']);
const RegistryView = page(() => import('./views/registry/RegistryView'), ['record']);
const ForumView = page(() => import('./views/forum/ForumView'), ['forum']);
const PledgePage = page(() => import('./views/registry/PledgePage'), ['record']);
const FollowUpView = page(() => import('./views/follow-up/FollowUpView'), ['record']);

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Tiny router: the few routes of `shared/http.ts` `routes`, matched on the path. */
function route(pathname: string): ReactNode {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return <LandingView />;
  if (path === '/organizer') return <OrganizerView />;
  let m = /^\/organizer\/events\/([^/]+)$/.exec(path);
  if (m) return <EventView key={m[1]} eventId={decode(m[1]!)} />;
  m = /^\/organizer\/events\/([^/]+)\/dashboard$/.exec(path);
  if (m) return <DashboardView key={m[1]} eventId={decode(m[1]!)} />;
  m = /^\/s\/([^/]+)\/report$/.exec(path);
  if (m) return <ReportView key={m[1]} sessionId={decode(m[1]!)} />;
  m = /^\/e\/([^/]+)$/.exec(path);
  if (m) return <RegistryView key={m[1]} eventId={decode(m[1]!)} />;
  m = /^\/forum\/([^/]+)$/.exec(path);
  if (m) return <ForumView key={m[1]} eventId={decode(m[1]!)} />;
  m = /^\/p\/([^/]+)$/.exec(path);
  if (m) return <PledgePage key={m[1]} pledgeId={decode(m[1]!)} />;
  m = /^\/f\/([^/]+)$/.exec(path);
  if (m) return <FollowUpView key={m[1]} pledgeId={decode(m[1]!)} />;
  m = /^\/j\/([^/]+)$/.exec(path);
  if (m) return <PhoneView key={m[1]} entry={{ kind: 'code', code: decode(m[1]!) }} />;
  m = /^\/i\/([^/]+)\/([^/]+)$/.exec(path);
  if (m) return <PhoneView key={`${m[1]}/${m[2]}`} entry={{ kind: 'invite', sessionId: decode(m[1]!), panelistId: decode(m[2]!) }} />;
  m = /^\/s\/([^/]+)\/moderate$/.exec(path);
  if (m) return <ModeratorView key={m[1]} sessionId={decode(m[1]!)} />;
  m = /^\/s\/([^/]+)\/wall$/.exec(path);
  if (m) return <WallView key={m[1]} sessionId={decode(m[1]!)} />;
  m = /^\/embed\/([^/]+)$/.exec(path);
  if (m) return <EmbedView key={m[1]} sessionId={decode(m[1]!)} />;
  return <NotFound />;
}

function NotFound() {
  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = `${t('app.notFound.title')} · ${t('app.name')}`;
  }, [locale]);
  return (
    <main className="page page--narrow">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <p>
        <a
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          {t('app.backHome')}
        </a>
      </p>
    </main>
  );
}

function Loading() {
  return (
    <div className="page-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{t('app.loading')}</span>
    </div>
  );
}

/** A chunk that fails to download (flaky venue Wi-Fi) gets a reload button instead of a blank page. */
class ChunkBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page page--narrow">
        <p role="alert">{t('app.chunkError')}</p>
        <button type="button" className="button" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      </main>
    );
  }
}

function App() {
  const [pathname, setPathname] = useState(location.pathname);
  // A new language re-renders the whole page in place (no component below is memoised), so
  // what is typed, the focus and the socket stay as they are.
  useLocale((s) => s.locale);
  useEffect(() => {
    const onPop = () => setPathname(location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return (
    <ChunkBoundary>
      <Suspense fallback={<Loading />}>{route(pathname)}</Suspense>
    </ChunkBoundary>
  );
}

// The page's language (client/i18n) is known, and its `core` strings loaded, before the first render.
void startLocale().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
