# warta_add_plugin(NAME SOURCES src... [DATA file...])
#
# Builds a detector plugin as a MODULE library named NAME.so with only
# warta_plugin_entry exported, and places its data files (lexicons) in a
# folder NAME/ beside it, where the host looks for them.  Used in the source
# tree and, through find_package(warta), by plugins built outside it.
function(warta_add_plugin name)
  cmake_parse_arguments(P "" "" "SOURCES;DATA" ${ARGN})
  add_library(${name} MODULE ${P_SOURCES})
  set_target_properties(${name} PROPERTIES PREFIX "" C_VISIBILITY_PRESET hidden)
  if(TARGET warta::plugin_headers)
    target_link_libraries(${name} PRIVATE warta::plugin_headers)
  else()
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/include")
  endif()
  if(DEFINED WARTA_BUILD_PLUGIN_DIR)
    set(_out "${WARTA_BUILD_PLUGIN_DIR}")
  else()
    set(_out "${CMAKE_CURRENT_BINARY_DIR}")
  endif()
  set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${_out}")
  set(_copied "")
  foreach(_f IN LISTS P_DATA)
    get_filename_component(_base "${_f}" NAME)
    add_custom_command(OUTPUT "${_out}/${name}/${_base}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${_out}/${name}"
      COMMAND ${CMAKE_COMMAND} -E copy_if_different "${CMAKE_CURRENT_SOURCE_DIR}/${_f}" "${_out}/${name}/${_base}"
      DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${_f}" VERBATIM)
    list(APPEND _copied "${_out}/${name}/${_base}")
  endforeach()
  if(_copied)
    add_custom_target(${name}_data ALL DEPENDS ${_copied})
    add_dependencies(${name} ${name}_data)
  endif()
  # In the tree, relative to the install prefix; outside it, into the
  # plugin directory of the warta it was built against.
  if(DEFINED WARTA_PLUGIN_INSTALL_SUBDIR)
    set(_dest "${WARTA_PLUGIN_INSTALL_SUBDIR}")
  elseif(DEFINED WARTA_PLUGIN_INSTALL_DIR)
    set(_dest "${WARTA_PLUGIN_INSTALL_DIR}")
  endif()
  if(DEFINED _dest)
    install(TARGETS ${name} LIBRARY DESTINATION "${_dest}")
    if(P_DATA)
      install(FILES ${P_DATA} DESTINATION "${_dest}/${name}")
    endif()
  endif()
endfunction()
