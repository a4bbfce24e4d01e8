"use client";

import { useId } from "react";
import { idFragment, useChartTheme } from "./chart-parts";
import type { CoverageChartsProps } from "./coverage/chart-frame";
import { LaneCoverageChart } from "./coverage/lane-coverage-chart";
import { ProducingWorkChart } from "./coverage/producing-work-chart";
import { WorkByStageChart } from "./coverage/work-by-stage-chart";

/**
 * The coverage charts of the multi-hat review: work by stage and lane, who carries the
 * producing work, coverage by lane. Each comes with a table of the same numbers and SVG/PNG
 * downloads. Renders nothing when the project has no work (the page shows its empty state).
 */
export function CoverageCharts({ coverage, projectTitle }: CoverageChartsProps) {
  const theme = useChartTheme();
  const uid = idFragment(useId());
  if (coverage.empty) return null;
  return (
    <div className="space-y-6">
      <WorkByStageChart coverage={coverage} projectTitle={projectTitle} theme={theme} prefix={`${uid}-stage`} />
      <ProducingWorkChart coverage={coverage} projectTitle={projectTitle} theme={theme} />
      <LaneCoverageChart coverage={coverage} projectTitle={projectTitle} theme={theme} prefix={`${uid}-lane`} />
    </div>
  );
}
