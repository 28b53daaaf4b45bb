// Routes of the web app. Relief, the check and Learn are server-rendered pages the server answers first.
import { Route, Switch } from 'wouter';
import { Layout } from './components/layout';
import { ComingSoonPage, NotFoundPage } from './pages/coming-soon';
import { HomePage } from './pages/home';
import { LoginPage } from './pages/login';
import { ProfilePage } from './pages/profile';
import { SignupPage } from './pages/signup';
import { SessionProvider } from './session';

export function App() {
  return (
    <SessionProvider>
      <Layout>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/signup" component={SignupPage} />
          <Route path="/login" component={LoginPage} />
          <Route path="/profile" component={ProfilePage} />
          <Route path="/diary">
            <ComingSoonPage
              title="My diary"
              text="one-tap cramp logging, daily check-ins and honest insights."
            />
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Layout>
    </SessionProvider>
  );
}
