#include "models/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <condition_variable>
#include <mutex>
#include <numeric>

using namespace tunescope;

namespace {

std::vector<std::int64_t> idsUpTo(std::int64_t count, std::int64_t step = 1)
{
    std::vector<std::int64_t> ids(static_cast<std::size_t>(count));
    std::iota(ids.begin(), ids.end(), 0);
    for (auto& id : ids) {
        id *= step;
    }
    return ids;
}

analytics::HistoryRow rowFor(std::int64_t id)
{
    analytics::HistoryRow row;
    row.playId = id;
    row.creator = "artist " + std::to_string(id);
    row.title = "track " + std::to_string(id);
    return row;
}

// A row source like the database's: records which pages it was asked for and on which thread,
// and can be held until the test lets it answer.
class FakeRows {
public:
    ui::HistoryModel::RowFetcher fetcher()
    {
        return [this](const std::vector<std::int64_t>& ids) -> Result<std::vector<analytics::HistoryRow>> {
            std::unique_lock lock(mutex_);
            asked_.push_back(ids.front());
            threads_.push_back(QThread::currentThread());
            changed_.wait(lock, [this] { return open_; });
            std::vector<analytics::HistoryRow> rows;
            for (const auto id : ids) {
                rows.push_back(rowFor(id));
            }
            return rows;
        };
    }
    void hold()
    {
        const std::lock_guard lock(mutex_);
        open_ = false;
    }
    void release()
    {
        {
            const std::lock_guard lock(mutex_);
            open_ = true;
        }
        changed_.notify_all();
    }
    std::vector<std::int64_t> asked()
    {
        const std::lock_guard lock(mutex_);
        return asked_;
    }
    std::vector<QThread*> threads()
    {
        const std::lock_guard lock(mutex_);
        return threads_;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = true;
    std::vector<std::int64_t> asked_;
    std::vector<QThread*> threads_;
};

QString artistAt(const ui::HistoryModel& model, int row)
{
    return model.index(row, ui::HistoryModel::Artist).data().toString();
}

std::vector<analytics::HistoryRow> firstPageOf(const std::vector<std::int64_t>& ids)
{
    std::vector<analytics::HistoryRow> rows;
    for (std::size_t i = 0; i < std::min(ids.size(), ui::HistoryModel::kPageSize); ++i) {
        rows.push_back(rowFor(ids[i]));
    }
    return rows;
}

} // namespace

class HistoryModelTest : public QObject {
    Q_OBJECT
private slots:
    void topRowsShowAtOnceAndLaterPagesArriveFromAWorker()
    {
        FakeRows rows;
        ui::HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ids = idsUpTo(10'000);
        model.reset(ids, rows.fetcher(), TimeZone::utc(), firstPageOf(ids));
        QCOMPARE(model.rowCount(), 10'000);
        QCOMPARE(artistAt(model, 0), QStringLiteral("artist 0"));
        QCOMPARE(artistAt(model, 255), QStringLiteral("artist 255"));
        QVERIFY(rows.asked().empty()); // the first page came with the ids

        // Row 5000 is not in memory: it reads as loading, then fills in.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(artistAt(model, 5000), QString());
        QCOMPARE(model.index(5000, ui::HistoryModel::When).data().toString(), QStringLiteral("…"));
        QVERIFY(changed.wait(5000));
        const auto topLeft = changed.front().at(0).value<QModelIndex>();
        const auto bottomRight = changed.front().at(1).value<QModelIndex>();
        QVERIFY(topLeft.row() <= 5000 && 5000 <= bottomRight.row());
        QCOMPARE(artistAt(model, 5000), QStringLiteral("artist 5000"));
        QCOMPARE(rows.threads().size(), std::size_t{1});
        QVERIFY(rows.threads().front() != QThread::currentThread()); // the GUI thread never waits on SQLite
    }

    void theRowsOnScreenWinOverRowsScrolledPast()
    {
        FakeRows rows;
        ui::HistoryModel model;
        model.reset(idsUpTo(100'000), rows.fetcher(), TimeZone::utc());
        rows.hold();
        (void)artistAt(model, 256 * 10); // in flight, held
        QTRY_COMPARE(rows.asked().size(), std::size_t{1});
        (void)artistAt(model, 256 * 20); // scrolled past...
        (void)artistAt(model, 256 * 30); // ...to here
        rows.release();
        QTRY_COMPARE(rows.asked().size(), std::size_t{3});
        QCOMPARE(rows.asked(), (std::vector<std::int64_t>{256 * 10, 256 * 30, 256 * 20}));
        QTRY_COMPARE(artistAt(model, 256 * 20), QStringLiteral("artist 5120"));
    }

    void aNewSearchDropsAnswersMeantForTheOldOne()
    {
        FakeRows rows;
        ui::HistoryModel model;
        model.reset(idsUpTo(10'000), rows.fetcher(), TimeZone::utc());
        rows.hold();
        (void)artistAt(model, 1000);
        QTRY_COMPARE(rows.asked().size(), std::size_t{1});

        // The user searched again before the page came: same rows, other plays.
        const auto other = idsUpTo(10'000, 7);
        model.reset(other, rows.fetcher(), TimeZone::utc(), firstPageOf(other));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rows.release();
        QTest::qWait(100);
        QVERIFY(changed.isEmpty()); // the old answer is not shown in the new table
        QCOMPARE(artistAt(model, 1000), QString());
        QVERIFY(changed.wait(5000));
        QCOMPARE(artistAt(model, 1000), QStringLiteral("artist 7000"));
    }
};

QTEST_MAIN(HistoryModelTest)
#include "HistoryModelTest.moc"
