#include "recap/RecapDialog.h"

#include "async/RunAsync.h"
#include "recap/RecapLayout.h"
#include "recap/RecapPoster.h"
#include "recap/RecapText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tunescope::ui {

// The poster scaled to fit, centred; a line of text while there is none.
class RecapPreview : public QWidget {
public:
    explicit RecapPreview(QWidget* parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("recapPreview"));
        setMinimumSize(480, 480);
    }

    void setImage(const QImage& image)
    {
        image_ = image;
        update();
    }
    void setMessage(const QString& message)
    {
        message_ = message;
        update();
    }

protected:
    void paintEvent(QPaintEvent* /*event*/) override
    {
        QPainter painter(this);
        if (image_.isNull()) {
            painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, message_);
            return;
        }
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize fitted = image_.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        painter.drawImage(target, image_);
    }

private:
    QImage image_;
    QString message_;
};

std::function<QString(QWidget*, const QString&, const QString&, const QString&)> RecapDialog::saveFileName =
    [](QWidget* parent, const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    };

RecapDialog::RecapDialog(const ProfileSession& session, const analytics::Period& period, QWidget* parent)
    : QDialog(parent), title_(recapTitle(period)), preview_(new RecapPreview(this)), size_(new QComboBox(this)),
      export_(new QPushButton(tr("Export PNG…"), this)), copy_(new QPushButton(tr("Copy image"), this)),
      status_(new QLabel(this))
{
    setObjectName(QStringLiteral("recapDialog"));
    setWindowTitle(tr("Recap — %1").arg(title_));
    size_->setObjectName(QStringLiteral("recapSize"));
    size_->addItem(tr("Portrait 1080 × 1920 (stories)"), kRecapPortrait);
    size_->addItem(tr("Landscape 1920 × 1080"), kRecapLandscape);
    export_->setObjectName(QStringLiteral("recapExport"));
    copy_->setObjectName(QStringLiteral("recapCopy"));
    status_->setObjectName(QStringLiteral("recapStatus"));
    export_->setEnabled(false);
    copy_->setEnabled(false);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Size:"), this));
    controls->addWidget(size_);
    controls->addStretch(1);
    controls->addWidget(copy_);
    controls->addWidget(export_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(preview_, 1);
    layout->addLayout(controls);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    resize(760, 900);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(size_, &QComboBox::currentIndexChanged, this, &RecapDialog::render);
    connect(export_, &QPushButton::clicked, this, &RecapDialog::exportWithDialog);
    connect(copy_, &QPushButton::clicked, this, &RecapDialog::copyImage);
    preview_->setMessage(tr("Gathering your recap…"));
    load(session, period);
}

void RecapDialog::load(const ProfileSession& session, const analytics::Period& period)
{
    runAsync(
        this,
        [session, period]() -> Result<analytics::RecapData> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::queryRecap(*db, period);
        },
        [this](const Result<analytics::RecapData>& recap) {
            if (!recap) {
                preview_->setMessage(
                    tr("The recap could not be made: %1").arg(QString::fromStdString(recap.error().message)));
                return;
            }
            recap_ = *recap;
            render();
            emit ready();
        });
}

QSize RecapDialog::chosenSize() const
{
    return size_->currentData().toSize();
}

void RecapDialog::render()
{
    if (!recap_) {
        return;
    }
    poster_ = renderRecapPoster(*recap_, title_, chosenSize());
    preview_->setImage(poster_);
    export_->setEnabled(true);
    copy_->setEnabled(true);
}

bool RecapDialog::exportPng(const QString& file, QString* error) const
{
    return writeRecapPng(poster_, file, error);
}

void RecapDialog::copyImage() const
{
    QApplication::clipboard()->setImage(poster_);
    status_->setText(tr("Copied the poster (%1 × %2)").arg(poster_.width()).arg(poster_.height()));
}

void RecapDialog::exportWithDialog()
{
    QString slug = title_.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QSize size = chosenSize();
    const QString suggested =
        QStringLiteral("tunescope-recap-%1-%2x%3.png").arg(slug).arg(size.width()).arg(size.height());
    const QString file = saveFileName(this, tr("Export the recap"), suggested, tr("PNG image (*.png)"));
    if (file.isEmpty()) {
        return;
    }
    QString error;
    if (!exportPng(file, &error)) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("%1\n\nChoose another folder or file name and try again.").arg(error));
        return;
    }
    status_->setText(tr("Saved %1").arg(file));
    emit exported(file);
}

} // namespace tunescope::ui
