import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { Messages } from "./messages";

/** How the pane was started: inside Office, in a plain browser, or Office never reported ready. */
export type HostMode = "office" | "browser" | "office-not-ready";

export interface AppProps {
  messages: Messages;
  mode: HostMode;
  /** BCP 47 tag for the lang attribute of the pane's root. */
  lang: string;
}

// webLightTheme's font stack has no CJK font; name the usual Chinese UI fonts before the fallbacks.
const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', " +
    "-apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
};

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  actions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export function App({ messages, mode, lang }: AppProps) {
  const styles = useStyles();
  const notice =
    mode === "browser" ? messages.browserMode : mode === "office-not-ready" ? messages.officeNotReady : null;
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <Title3 as="h1">{messages.title}</Title3>
        <Body1>{messages.summary}</Body1>
        {notice !== null && (
          <MessageBar intent="info">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" disabled aria-describedby="check-note">
            {messages.checkButton}
          </Button>
          <Caption1 id="check-note" className={styles.note}>
            {messages.checkComingLater}
          </Caption1>
        </div>
      </main>
    </FluentProvider>
  );
}
