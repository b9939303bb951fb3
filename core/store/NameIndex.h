#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tunescope::store {

// A flat hash map from (owner id, name) to a small value, with open addressing and linear
// probing. An import looks up three names per row; node-based maps spend that time chasing
// pointers, this one usually touches one cache line.
template <class Value>
class NameIndex {
public:
    Value* find(std::int64_t owner, std::string_view name)
    {
        if (slots_.empty()) {
            return nullptr;
        }
        const std::uint64_t hash = hashOf(owner, name);
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            Slot& slot = slots_[i];
            if (slot.nameIndex == 0) {
                return nullptr;
            }
            if (slot.hash == hash && slot.owner == owner && names_[slot.nameIndex - 1] == name) {
                return &slot.value;
            }
        }
    }

    // Adds an entry that find() did not find.
    Value& insert(std::int64_t owner, std::string_view name, Value value)
    {
        if ((names_.size() + 1) * 2 > slots_.size()) {
            grow();
        }
        names_.emplace_back(name);
        return place(Slot{hashOf(owner, name), owner, static_cast<std::uint32_t>(names_.size()), value}).value;
    }

    void clear()
    {
        slots_.clear();
        names_.clear();
        mask_ = 0;
    }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::int64_t owner = 0;
        std::uint32_t nameIndex = 0; // 1-based into names_; 0 marks an empty slot
        Value value{};
    };

    static std::uint64_t hashOf(std::int64_t owner, std::string_view name)
    {
        const std::uint64_t h = std::hash<std::string_view>{}(name);
        return (h ^ (static_cast<std::uint64_t>(owner) * 0x9E3779B97F4A7C15ULL)) * 0xFF51AFD7ED558CCDULL;
    }

    Slot& place(const Slot& entry)
    {
        std::size_t i = entry.hash & mask_;
        while (slots_[i].nameIndex != 0) {
            i = (i + 1) & mask_;
        }
        slots_[i] = entry;
        return slots_[i];
    }

    void grow()
    {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        for (const auto& slot : old) {
            if (slot.nameIndex != 0) {
                place(slot);
            }
        }
    }

    std::vector<Slot> slots_;
    std::vector<std::string> names_;
    std::size_t mask_ = 0;
};

} // namespace tunescope::store
