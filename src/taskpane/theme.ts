import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Which of the three Office looks the pane takes: Office's own theme, or the browser's colour scheme. */
export type ThemeKind = 'light' | 'dark' | 'contrast';

// Fluent's font stacks have no CJK font; name the usual Chinese UI fonts before the fallbacks.
const FONT =
  "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', " +
  "-apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

const THEMES: Record<ThemeKind, Theme> = {
  light: { ...webLightTheme, fontFamilyBase: FONT },
  dark: { ...webDarkTheme, fontFamilyBase: FONT },
  contrast: { ...teamsHighContrastTheme, fontFamilyBase: FONT },
};

export function fluentTheme(kind: ThemeKind): Theme {
  return THEMES[kind];
}

/** The colours Office gives an add-in (Office.context.officeTheme), as far as the pane needs them. */
export interface OfficeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/**
 * Office's theme as one of the pane's three: high contrast where the system forces colours (Windows
 * contrast themes reach the add-in's browser that way), dark for Black / Dark Gray (isDarkTheme, or a dark
 * body background where the host does not say), else light.
 */
export function themeOfOffice(theme: OfficeColours | undefined, forcedColours: boolean): ThemeKind | undefined {
  if (forcedColours) return 'contrast';
  if (!theme) return undefined;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? '');
  if (!rgb) return undefined;
  const [r, g, b] = rgb.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
