// Routes of the web app. Relief, the check and Learn are server-rendered pages the server answers first.
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { DiaryProvider } from './components/diary/diary-provider';
import { DiaryLoading } from './components/diary/signed-out';
import { Layout } from './components/layout';
import { DiaryPage } from './pages/diary';
import { DiaryCheckInPage } from './pages/diary-check-in';
import { DiaryEpisodePage } from './pages/diary-episode';
import { HomePage } from './pages/home';
import { LoginPage } from './pages/login';
import { NotFoundPage } from './pages/not-found';
import { ProfilePage } from './pages/profile';
import { SignupPage } from './pages/signup';
import { SessionProvider } from './session';

// The charts (uPlot) load only when someone opens the insights.
const DiaryInsightsPage = lazy(() =>
  import('./pages/diary-insights').then((m) => ({ default: m.DiaryInsightsPage })),
);

export function App() {
  return (
    <SessionProvider>
      <DiaryProvider>
        <Layout>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/signup" component={SignupPage} />
            <Route path="/login" component={LoginPage} />
            <Route path="/profile" component={ProfilePage} />
            <Route path="/diary" component={DiaryPage} />
            <Route path="/diary/check-in" component={DiaryCheckInPage} />
            <Route path="/diary/insights">
              <Suspense fallback={<DiaryLoading />}>
                <DiaryInsightsPage />
              </Suspense>
            </Route>
            <Route path="/diary/episodes/:id">{(params) => <DiaryEpisodePage id={params.id} />}</Route>
            <Route component={NotFoundPage} />
          </Switch>
        </Layout>
      </DiaryProvider>
    </SessionProvider>
  );
}
