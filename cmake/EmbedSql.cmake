# Turns the numbered migration files into a C++ source with one raw string per file, so the
# binary carries its schema and no SQL is duplicated in C++.
# Invoked in script mode: cmake -DOUT=... -DINPUTS="a.sql;b.sql" -P EmbedSql.cmake
set(content "// Generated from core/store/migrations/*.sql; do not edit.\n#include \"store/Migrations.h\"\n\nnamespace tunescope::store {\n\nconst std::vector<Migration>& migrations()\n{\n    static const std::vector<Migration> list = {\n")
list(SORT INPUTS)
foreach(file IN LISTS INPUTS)
  get_filename_component(name "${file}" NAME_WE)
  string(REGEX MATCH "^[0-9]+" number "${name}")
  math(EXPR number "${number}")
  file(READ "${file}" sql)
  string(APPEND content "        {${number}, \"${name}\", R\"tunescope_sql(${sql})tunescope_sql\"},\n")
endforeach()
string(APPEND content "    };\n    return list;\n}\n\n} // namespace tunescope::store\n")
file(WRITE "${OUT}.tmp" "${content}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
