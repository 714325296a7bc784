import { describe, expect, it } from 'vitest';
import { projectKeyOf } from '../../store/project-key.js';

const table = (over: Partial<Parameters<typeof projectKeyOf>[0]>) =>
  ({ kind: 'project_self_eval', project: null, department: null, implementer: null, ...over });

describe('projectKeyOf', () => {
  it('links the printings of one project that differ only by width, spaces, brackets, quotes and a year', () => {
    const variants = [
      { project: '社区“微更新”项目经费', implementer: '某区某街道社区服务中心' },
      { project: '2021年社区"微更新"项目经费', implementer: '某区某街道社区服务中心 ' },
      { project: '社区「微更新」项目 经费（2023年度）', implementer: '某区某街道社区服务中心' },
      { project: '２０２４年度社区‘微更新’项目经费', implementer: '某区某街道 社区服务中心' },
    ];
    const keys = variants.map((v) => projectKeyOf(table(v)));
    for (const key of keys) expect(key).toEqual(keys[0]);
    expect(keys[0]).toEqual({ unitKey: '某区某街道社区服务中心', projectKey: '社区微更新项目经费' });
  });

  it('drops a roll-up annotation after the unit, not other bracketed text', () => {
    const a = projectKeyOf(table({ project: 'P', department: '某区某街道(汇总)' }));
    const b = projectKeyOf(table({ project: 'P', department: '某区某街道（本级）' }));
    const c = projectKeyOf(table({ project: 'P', department: '某区某街道(北片)' }));
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('keeps different units and different projects apart', () => {
    const base = projectKeyOf(table({ project: '党建经费', implementer: '甲单位' }));
    expect(projectKeyOf(table({ project: '党建经费', implementer: '乙单位' }))).not.toEqual(base);
    expect(projectKeyOf(table({ project: '党建活动经费', implementer: '甲单位' }))).not.toEqual(base);
  });

  it('prefers the implementer, falls back to the department', () => {
    expect(projectKeyOf(table({ project: 'P', implementer: '甲', department: '乙' }))?.unitKey).toBe('甲');
    expect(projectKeyOf(table({ project: 'P', department: '乙' }))?.unitKey).toBe('乙');
  });

  it('links a table without a project name by unit and kind, and gives null with nothing to link by', () => {
    const dept = projectKeyOf(table({ kind: 'dept_self_eval', department: '某部门' }));
    expect(dept).toEqual({ unitKey: '某部门', projectKey: '#dept_self_eval' });
    expect(projectKeyOf(table({}))).toBeNull();
  });
});
