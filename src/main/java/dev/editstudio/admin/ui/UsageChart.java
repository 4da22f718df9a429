package dev.editstudio.admin.ui;

import tools.jackson.databind.json.JsonMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;

/** Java side of {@code <usage-chart>} ({@code src/main/frontend/components/usage-chart.ts}, Chart.js, MIT). */
@Tag("usage-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/usage-chart.ts")
public class UsageChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One series: a label and one value per label of the chart. */
    public record Series(String label, List<? extends Number> data) {}

    public UsageChart(String type, String title) {
        getElement().setProperty("type", type);
        getElement().setAttribute("chart-title", title);
    }

    public void setData(List<String> labels, List<Series> series) {
        getElement().setPropertyJson("labels", JSON.valueToTree(labels));
        getElement().setPropertyJson("datasets", JSON.valueToTree(series.stream()
                .map(s -> Map.of("label", s.label(), "data", s.data())).toList()));
    }
}
