// Routes of the web app. Relief, the check and Learn are server-rendered pages the server answers first.
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './components/layout';
import { DiaryProvider } from './diary/components/diary-provider';
import { DiaryLoading } from './diary/components/signed-out';
import { DiaryPage } from './diary/pages/diary';
import { DiaryEpisodePage } from './diary/pages/diary-episode';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';
import { SessionProvider } from './session';

// The charts (uPlot) load only when someone opens the insights; the account pages and the check-in only
// when opened, so the home page and the diary start with less script. The service worker keeps every chunk
// (it reads asset-manifest.json), so they still open offline.
const DiaryInsightsPage = lazy(() =>
  import('./diary/pages/diary-insights').then((m) => ({ default: m.DiaryInsightsPage })),
);
const ProfilePage = lazy(() => import('./pages/profile').then((m) => ({ default: m.ProfilePage })));
const LoginPage = lazy(() => import('./pages/login').then((m) => ({ default: m.LoginPage })));
const SignupPage = lazy(() => import('./pages/signup').then((m) => ({ default: m.SignupPage })));
const FoodPage = lazy(() => import('./pages/food').then((m) => ({ default: m.FoodPage })));
const LabsPage = lazy(() => import('./pages/labs').then((m) => ({ default: m.LabsPage })));
const ReportPage = lazy(() => import('./pages/report').then((m) => ({ default: m.ReportPage })));
const PlanPage = lazy(() => import('./pages/plan').then((m) => ({ default: m.PlanPage })));
const DiaryCheckInPage = lazy(() =>
  import('./diary/pages/diary-check-in').then((m) => ({ default: m.DiaryCheckInPage })),
);

export function App() {
  return (
    <SessionProvider>
      <DiaryProvider>
        <Layout>
          <Suspense fallback={<DiaryLoading />}>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/signup" component={SignupPage} />
              <Route path="/login" component={LoginPage} />
              <Route path="/profile" component={ProfilePage} />
              <Route path="/report" component={ReportPage} />
              <Route path="/diary" component={DiaryPage} />
              <Route path="/food" component={FoodPage} />
              <Route path="/labs" component={LabsPage} />
              <Route path="/diary/check-in" component={DiaryCheckInPage} />
              <Route path="/plan" component={PlanPage} />
              <Route path="/diary/insights">
                <Suspense fallback={<DiaryLoading />}>
                  <DiaryInsightsPage />
                </Suspense>
              </Route>
              <Route path="/diary/episodes/:id">{(params) => <DiaryEpisodePage id={params.id} />}</Route>
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </Layout>
      </DiaryProvider>
    </SessionProvider>
  );
}
