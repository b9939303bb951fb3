#include "charts/QueryChart.h"

#include "charts/ChartBuilders.h"
#include "charts/ColumnChart.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tunescope::ui {
namespace {

QString cellText(const query::QueryValue& value)
{
    return QString::fromStdString(query::displayText(value));
}

// Qt's category axes need distinct names: a repeated label gets " (2)", " (3)"...
QStringList distinctLabels(const QStringList& labels)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const auto& label : labels) {
        QString name = label.isEmpty() ? QStringLiteral("\"\"") : label;
        for (int n = 2; seen.contains(name); ++n) {
            name = QStringLiteral("%1 (%2)").arg(label).arg(n);
        }
        seen.insert(name);
        distinct << name;
    }
    return distinct;
}

QString valueFormat(const QList<qreal>& values)
{
    const bool whole = std::all_of(values.begin(), values.end(), [](qreal v) { return std::floor(v) == v; });
    return whole ? QStringLiteral("%.0f") : QStringLiteral("%.2f");
}

// The value axis starts at zero unless some value is below it.
void fitValueAxis(QChart* chart, const QList<qreal>& values)
{
    const auto axes = chart->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
    if (axis == nullptr || values.isEmpty()) {
        return;
    }
    const qreal low = *std::min_element(values.begin(), values.end());
    const qreal high = *std::max_element(values.begin(), values.end());
    axis->setRange(std::min<qreal>(0, low), std::max<qreal>(high, low < 0 ? 0 : axis->max()));
    axis->applyNiceNumbers();
}

QChart* makeLineChart(const QString& title, const QStringList& labels, const QList<qreal>& values,
                      const QString& valueTitle)
{
    auto* chart = newThemedChart();
    chart->setTitle(title);
    chart->legend()->hide();
    auto* series = new QLineSeries;
    for (int i = 0; i < values.size(); ++i) {
        series->append(i, values[i]);
    }
    chart->addSeries(series);
    // About a dozen labels along the axis, whatever the number of points.
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, static_cast<int>(labels.size()) / 12);
    for (int i = 0; i < labels.size(); i += step) {
        axis->append(labels[i], i);
    }
    axis->setRange(0, std::max(1, static_cast<int>(labels.size()) - 1));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(valueFormat(values));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    valueAxis->setRange(0, 1);
    fitValueAxis(chart, values);
    return chart;
}

} // namespace

QList<int> numberColumns(const query::QueryResult& result)
{
    QList<int> columns;
    for (std::size_t c = 0; c < result.columns.size(); ++c) {
        bool anyNumber = false;
        bool onlyNumbers = true;
        for (const auto& row : result.rows) {
            anyNumber = anyNumber || query::isNumber(row[c]);
            onlyNumbers = onlyNumbers && (query::isNumber(row[c]) || query::isNull(row[c]));
        }
        if (anyNumber && onlyNumbers) {
            columns << static_cast<int>(c);
        }
    }
    return columns;
}

std::optional<QueryChartChoice> defaultChartChoice(const query::QueryResult& result)
{
    const QList<int> numbers = numberColumns(result);
    if (numbers.isEmpty()) {
        return std::nullopt;
    }
    QueryChartChoice choice;
    choice.labelColumn = 0;
    for (int c = 0; c < static_cast<int>(result.columns.size()); ++c) {
        if (!numbers.contains(c)) {
            choice.labelColumn = c;
            break;
        }
    }
    choice.valueColumn = numbers.front();
    for (const int c : numbers) {
        if (c != choice.labelColumn) {
            choice.valueColumn = c;
            break;
        }
    }
    return choice;
}

ChartContent buildQueryChart(const query::QueryResult& result, const QueryChartChoice& choice)
{
    const auto columnCount = static_cast<int>(result.columns.size());
    if (choice.labelColumn < 0 || choice.labelColumn >= columnCount || choice.valueColumn < 0 ||
        choice.valueColumn >= columnCount) {
        return {};
    }
    const auto label = static_cast<std::size_t>(choice.labelColumn);
    const auto value = static_cast<std::size_t>(choice.valueColumn);
    const bool bars = choice.kind == QueryChartChoice::Kind::Bar;
    const int limit = bars ? kMaxBarRows : kMaxLinePoints;
    const QString labelName = QString::fromStdString(result.columns[label]);
    const QString valueName = QString::fromStdString(result.columns[value]);

    QStringList labels;
    QList<qreal> values;
    QStringList tips;
    ChartTable table;
    table.header = {labelName, valueName};
    for (const auto& row : result.rows) {
        if (labels.size() >= limit) {
            break;
        }
        labels << cellText(row[label]);
        values << query::numberOf(row[value]); // NULL draws as 0
        tips << QStringLiteral("%1: %2").arg(labels.back(), cellText(row[value]));
        table.rows << QStringList{labels.back(), QString::fromStdString(query::csvText(row[value]))};
    }
    QString title = QObject::tr("%1 by %2").arg(valueName, labelName);
    if (result.rows.size() > static_cast<std::size_t>(limit)) {
        title += QObject::tr(" (first %1 rows)").arg(limit);
    }
    const QStringList names = distinctLabels(labels);
    auto make = [bars, title, names, values, tips, valueName]() -> QChart* {
        if (!bars) {
            return makeLineChart(title, names, values, valueName);
        }
        QChart* chart =
            makeColumnChart(title, names, values, valueName, valueFormat(values), tips, values.size() <= 12);
        fitValueAxis(chart, values);
        // Many bars: names upright, so they do not run into each other.
        const auto axes = chart->axes(Qt::Horizontal);
        if (auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.front());
            axis != nullptr && names.size() > 12) {
            axis->setLabelsAngle(-90);
        }
        return chart;
    };
    return qtChartContent(title, make, std::move(table));
}

} // namespace tunescope::ui
