#include "charts/ChartExport.h"

#include <QFile>
#include <QSaveFile>
#include <QSvgGenerator>

namespace tunescope::ui {
namespace {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool saveBytes(const QString& file, const QByteArray& bytes, QString* error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error) {
            *error = QObject::tr("Cannot write %1: %2").arg(file, out.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

QImage renderChartImage(const ChartContent& content, QSize size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    content.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool writeChartPng(const ChartContent& content, const QString& file, QSize size, QString* error)
{
    const QImage image = renderChartImage(content, size);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        if (error) {
            *error = QObject::tr("Cannot write %1: %2").arg(file, out.errorString());
        }
        return false;
    }
    return true;
}

bool writeChartSvg(const ChartContent& content, const QString& file, QSize size, QString* error)
{
    QSvgGenerator generator;
    generator.setFileName(file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(content.title);
    generator.setDescription(QObject::tr("Exported from Tunescope"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error) {
            *error = QObject::tr("Cannot write %1").arg(file);
        }
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    content.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return QFile::exists(file);
}

QString chartCsv(const ChartTable& table)
{
    QString csv;
    auto addRow = [&csv](const QStringList& row) {
        QStringList fields;
        for (const auto& value : row) {
            fields << csvField(value);
        }
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    addRow(table.header);
    for (const auto& row : table.rows) {
        addRow(row);
    }
    return csv;
}

bool writeChartCsv(const ChartContent& content, const QString& file, QString* error)
{
    return saveBytes(file, chartCsv(content.table).toUtf8(), error);
}

} // namespace tunescope::ui
