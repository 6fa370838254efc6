-- %e, %E, %f, %g and %G with flags, width and precision.
local specs = {"%f", "%.2f", "%10.3f", "%-10.1f|", "%010.2f", "%+.1f", "% .1f", "%.0f", "%#.0f",
  "%e", "%.2e", "%12.3E", "%+.0e", "%#.0e", "%g", "%.3g", "%10g", "%#g", "%G", "%-+8.2g|", "%.10g"}
local values = {0, 1, -1.5, 3.14159265, 1234567.891, 0.000123456, -1e-10, 2^53, 1e15, 0.5, 2.5}
for _, spec in ipairs(specs) do
  local row = {}
  for _, v in ipairs(values) do row[#row + 1] = string.format(spec, v) end
  print(spec, table.concat(row, " "))
end

-- rounding is exact, with ties to even on exactly representable halves
print("ties", string.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5))
print("ties .2", string.format("%.2f %.2f %.1f", 0.125, 0.375, 0.25))
print("not ties", string.format("%.2f %.1f", 0.115, 0.35))
print("large", string.format("%.0f", 1e22), string.format("%f", 2^70))
print("small", string.format("%.20f", 0.1), string.format("%e", 5e-324))
print("g switch", string.format("%g %g %g %g", 1e-4, 1e-5, 123456, 1234567))
print("infinities", string.format("%f %e %g", math.huge, -math.huge, math.huge))
print("inf width", string.format("%8f|%-8g|%08e", math.huge, -math.huge, math.huge))
print("negative zero", string.format("%f %g %e", -0.0, -0.0, -0.0))
print("string numbers", string.format("%.1f", "2.25"), string.format("%g", "1e3"))
print("many digits", string.format("%.99f", 1 / 3):sub(1, 30))
print("max width", #string.format("%99.2f", 1))
