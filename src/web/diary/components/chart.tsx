// A uPlot chart that fits its box (ResizeObserver), takes its colours from the page's CSS variables
// (redrawn when the theme changes), and reads as one image with a summary for screen readers.
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type ChartTheme = { accent: string; text: string; muted: string; grid: string; font: string };

export type ChartSpec = {
  data: uPlot.AlignedData;
  /** Everything but the size, built from the theme's colours. */
  options: (theme: ChartTheme) => Omit<uPlot.Options, 'width' | 'height'>;
};

function readTheme(): ChartTheme {
  const css = getComputedStyle(document.documentElement);
  const value = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const family = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
  return {
    accent: value('--accent', '#f2b880'),
    text: value('--text', '#ece8e1'),
    muted: value('--muted', '#aab1bc'),
    grid: value('--border', '#343c49'),
    font: `13px ${family}`,
  };
}

const currentTheme = () => document.documentElement.getAttribute('data-theme') ?? 'dark';

/** Axis styling shared by the diary's charts. */
export function axis(theme: ChartTheme, extra: uPlot.Axis = {}): uPlot.Axis {
  return {
    stroke: theme.muted,
    font: theme.font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { show: false },
    ...extra,
  };
}

export function Chart({ label, spec, height = 220 }: { label: string; spec: ChartSpec; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState(currentTheme);

  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    void theme; // redraw with the new colours when the theme changes
    const element = box.current;
    if (!element) return;
    const widthOf = (w: number) => Math.max(240, Math.floor(w));
    const plot = new uPlot(
      { ...spec.options(readTheme()), width: widthOf(element.clientWidth), height },
      spec.data,
      element,
    );
    const resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width && widthOf(width) !== plot.width) plot.setSize({ width: widthOf(width), height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [spec, height, theme]);

  return <div className="chart" role="img" aria-label={label} ref={box} />;
}
